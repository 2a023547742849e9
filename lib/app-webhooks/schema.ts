// The app webhook and listener schemas, shared by the compatibility routes, the native API, the services and the
// dashboard forms. An app webhook names a listener by its `action`; the listener names the connectors to call.
import { z } from "zod";
import { jsonValueSchema } from "../core/json-value";

/** Listener names as apps write them in `action`: letters, digits, dot, dash and underscore. */
export const LISTENER_NAME_PATTERN = /^[A-Za-z0-9_.-]{1,100}$/;
export const MAX_APP_WEBHOOK_BODY_BYTES = 1024 * 1024;
export const MAX_PROPS_BYTES = 64 * 1024;

const listenerName = z
  .string()
  .trim()
  .regex(LISTENER_NAME_PATTERN, "Use 1–100 letters, digits, dots, dashes or underscores");

export const appWebhookPropsSchema = z
  .record(z.string(), jsonValueSchema)
  .refine((props) => JSON.stringify(props).length <= MAX_PROPS_BYTES, "Props must stay under 64 KiB of JSON");

export const createAppWebhookSchema = z.object({
  action: listenerName,
  props: appWebhookPropsSchema.default({}),
});
export type CreateAppWebhookInput = z.infer<typeof createAppWebhookSchema>;

export const appListenerActionSchema = z.object({
  connectorId: z.uuid("Choose a connector"),
  bodyTemplate: z
    .string()
    .max(256 * 1024)
    .nullable()
    .default(null),
});

export const createAppListenerSchema = z.object({
  name: listenerName,
  description: z.string().trim().max(1000).default(""),
  actions: z.array(appListenerActionSchema).max(20, "At most 20 actions").default([]),
});
export const updateAppListenerSchema = createAppListenerSchema.partial();

export type CreateAppListenerInput = z.infer<typeof createAppListenerSchema>;
export type UpdateAppListenerInput = z.infer<typeof updateAppListenerSchema>;
export type AppListenerFormValues = z.input<typeof createAppListenerSchema>;
