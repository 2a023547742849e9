// Between the API's trigger and the form: the form edits the create schema's input shape, so zodResolver checks
// exactly what the server checks. Sizes are bytes in the values and KiB/MiB on screen.
import { DEFAULT_TRIGGER_BODY_BYTES, type TriggerFormValues } from "@/lib/triggers/schema";
import type { TriggerDto } from "./types";

export type { TriggerFormValues };

export const emptyTriggerValues: TriggerFormValues = {
  name: "",
  slug: "",
  enabled: true,
  authType: "shared_key",
  secret: undefined,
  headerVariable: "requestHeaders",
  bodyVariable: "requestBody",
  maxBodyBytes: DEFAULT_TRIGGER_BODY_BYTES,
  rateLimit: { count: 100, windowMs: 1000 },
  allowedMethods: ["POST"],
  actions: [],
};

export function triggerToFormValues(trigger: TriggerDto): TriggerFormValues {
  return {
    name: trigger.name,
    slug: trigger.slug,
    enabled: trigger.enabled,
    authType: trigger.authType,
    headerVariable: trigger.headerVariable,
    bodyVariable: trigger.bodyVariable,
    maxBodyBytes: trigger.maxBodyBytes,
    rateLimit: trigger.rateLimit,
    allowedMethods: trigger.allowedMethods,
    actions: trigger.actions.map((action) => ({ connectorId: action.connectorId, bodyTemplate: action.bodyTemplate })),
  };
}

/** "New lead (Shopify)!" → "new-lead-shopify": what the slug field proposes until the user edits it. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100);
}
