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

/** Settings → Data retention as the API answers it (lib/retention/retention-settings.ts). */
export const retentionSettingsViewSchema = z
  .object({
    retentionDays: retentionSettingsSchema.shape.retentionDays,
    lastRun: z
      .object({ at: z.iso.datetime({ offset: true }), deleted: retentionDeletedSchema.nullable() })
      .nullable()
      .describe("The last retention round and what it deleted; null before the first"),
    database: z.object({
      sizeBytes: z.int().min(0),
      tables: z.array(
        z.object({
          table: z.string(),
          rows: z.int().min(0),
          estimated: z.boolean().describe("From PostgreSQL's statistics rather than counted"),
        }),
      ),
    }),
  })
  .meta({ id: "RetentionSettings" });

export const retentionRunSchema = z
  .object({ ranAt: z.iso.datetime({ offset: true }), deleted: retentionDeletedSchema })
  .meta({ id: "RetentionRun", description: "A retention round run now, and what it deleted" });
