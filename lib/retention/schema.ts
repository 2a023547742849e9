// Data retention settings: how many days events and deliveries are kept. Shared by the form, the route and the job.
import { z } from "zod";

export const retentionSettingsSchema = z.object({
  retentionDays: z
    .number()
    .int("Whole days only")
    .min(1, "Keep data at least 1 day")
    .max(3650, "At most 3650 days (10 years)"),
});
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

export const retentionDeletedSchema = z.object({
  deliveries: z.number().int(),
  events: z.number().int(),
  rateLimitBuckets: z.number().int(),
});
export type RetentionDeleted = z.infer<typeof retentionDeletedSchema>;
