// Notifications (the header bell): list query and the mark-read body.
import { z } from "zod";

/** Opaque to clients: "u:<id>" or "r:<id>", the position in the unread-then-read order. */
export const notificationCursorSchema = z
  .string()
  .regex(/^[ur]:[0-9a-f-]{36}$/i, "cursor must be a value from nextCursor");

export const listNotificationsQuerySchema = z.object({
  cursor: notificationCursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  unreadOnly: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => value === "true"),
});
export type ListNotificationsQuery = z.infer<typeof listNotificationsQuerySchema>;

export const markReadSchema = z.union(
  [
    z.strictObject({
      ids: z.array(z.uuid("Not a valid notification id")).min(1, "List at least one id").max(500, "At most 500 ids"),
    }),
    z.strictObject({ all: z.literal(true) }),
  ],
  'Send {"ids": [...]} or {"all": true}',
);
export type MarkReadInput = z.infer<typeof markReadSchema>;
