// GET /api/health's answers (lib/health/check-health.ts), for the OpenAPI reference.
import { z } from "zod";

export const healthSchema = z
  .object({ status: z.literal("ok"), database: z.literal("ok") })
  .meta({ id: "Health", description: "The database answered a query just now" });
