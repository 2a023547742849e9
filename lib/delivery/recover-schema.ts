// The "recover failed since" input, apart from the service so the dashboard form can import it without the database.
import { z } from "zod";

export const recoverSchema = z.object({
  connectorId: z.uuid("Choose a connector"),
  since: z.coerce.date({ error: "since must be a date and time" }),
});
