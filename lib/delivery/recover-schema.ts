// The "recover failed since" input, apart from the service so the dashboard form can import it without the database.
import { z } from "zod";
import { storableDateSchema } from "../core/dates";

export const recoverSchema = z.object({
  connectorId: z.uuid("Choose a connector"),
  since: storableDateSchema("since must be a date and time"),
});
