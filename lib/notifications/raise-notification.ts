// In-app failure notices (the bell in the header): a delivery that failed for good, a connector disabled.
import { db } from "../db";

export interface NotificationInput {
  workspaceId: string;
  kind: "delivery_failed" | "connector_disabled" | (string & {});
  title: string;
  message: string;
  connectorId?: string | null;
  deliveryId?: string | null;
}

export async function raiseNotification(input: NotificationInput) {
  return db().notification.create({
    data: {
      workspaceId: input.workspaceId,
      kind: input.kind,
      title: input.title,
      message: input.message,
      connectorId: input.connectorId ?? null,
      deliveryId: input.deliveryId ?? null,
    },
    select: { id: true },
  });
}
