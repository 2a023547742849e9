// The form edits text; these pipes turn it into the shared event type schema's values, so the form and the API
// judge a key, a code and a sample payload by the same rules.
import { z } from "zod";
import { eventTypeSchema } from "@/lib/event-types/schema";
import { prettyJson } from "../ui/format-json";
import { jsonText } from "../forms/json-text";
import type { EventTypeRow } from "./api-client";

export const eventTypeFormSchema = z.object({
  key: eventTypeSchema.shape.key,
  code: z
    .string()
    .trim()
    .transform((text): number | null | undefined => (text === "" ? null : Number(text)))
    .pipe(eventTypeSchema.shape.code),
  description: eventTypeSchema.shape.description,
  samplePayload: jsonText(null).pipe(eventTypeSchema.shape.samplePayload),
});

export type EventTypeFormValues = z.input<typeof eventTypeFormSchema>;
export type EventTypeFormOutput = z.output<typeof eventTypeFormSchema>;
export const eventTypeFormFields = ["key", "code", "description", "samplePayload"] as const;

export function formValuesFrom(eventType: EventTypeRow | null): EventTypeFormValues {
  if (!eventType) return { key: "", code: "", description: "", samplePayload: "" };
  return {
    key: eventType.key,
    code: eventType.code === null ? "" : String(eventType.code),
    description: eventType.description,
    samplePayload: eventType.samplePayload === null ? "" : prettyJson(eventType.samplePayload),
  };
}
