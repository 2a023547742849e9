// Notifications as the API answers them (lib/notifications/service.ts): documented in the OpenAPI reference and
// checked against real answers by tests/api/openapi-reference.test.ts.
import { z } from "zod";
import { notificationCursorSchema } from "./schema";

export const notificationViewSchema = z
  .object({
    id: z.uuid(),
    kind: z.string().describe("What happened: delivery_failed, connector_disabled, …"),
    title: z.string(),
    message: z.string(),
    connectorId: z.uuid().nullable(),
    deliveryId: z.uuid().nullable(),
    readAt: z.iso.datetime({ offset: true }).nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    connector: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .meta({ id: "Notification", description: "Something an admin should know about, e.g. a delivery that died" });

export const notificationPageSchema = z
  .object({
    data: z.array(notificationViewSchema).describe("Unread first, newest first within each group"),
    nextCursor: notificationCursorSchema
      .nullable()
      .describe("Pass as ?cursor= for the next page; null on the last page"),
  })
  .meta({ id: "NotificationPage" });

export const unreadCountSchema = z.object({ count: z.int().min(0) }).meta({ id: "UnreadNotificationCount" });

export const markedReadSchema = z
  .object({ updated: z.int().min(0).describe("Notifications marked read now"), count: z.int().min(0) })
  .meta({ id: "MarkedRead", description: "How many were marked read, and how many are still unread" });
