// A variable a connector's templates name but a sample would not hold, as the answers of saving a connector, its
// subscriptions or a trigger list them (lib/connectors/template-warnings.ts): saved anyway, shown to fix.
import { z } from "zod";

export const templateWarningSchema = z
  .object({
    against: z
      .enum(["event_type_sample", "trigger_last_event"])
      .describe("What the templates were checked against: an event type's sample payload or a trigger's last request"),
    name: z.string().describe("The event type key or the trigger name"),
    id: z.uuid().describe("The event type's or the trigger's id"),
    missing: z.array(z.string()).describe("Variables the templates name that the sample does not hold"),
    message: z.string(),
  })
  .meta({ id: "TemplateWarning", description: "A template variable missing from a sample; saved anyway" });
