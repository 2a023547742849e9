// In-app failure notices (the bell in the header): a delivery that failed for good, a connector disabled.
// Pass the transaction client when the notice belongs to a state change written in the same transaction.
import { db } from "../db";
import type { DbClient } from "../db/transaction-client";
import { emailNotice } from "./email-notice";

export interface NotificationInput {
  workspaceId: string;
  kind: "delivery_failed" | "connector_disabled" | (string & {});
  title: string;
  message: string;
  connectorId?: string | null;
  deliveryId?: string | null;
}

// Messages quote receivers' error text, which has no length limit of its own.
const MAX_TITLE = 200;
const MAX_MESSAGE = 2000;

export async function raiseNotification(input: NotificationInput, tx: DbClient = db()) {
  const created = await tx.notification.create({
    data: {
      workspaceId: input.workspaceId,
      kind: input.kind,
      title: input.title.slice(0, MAX_TITLE),
      message: input.message.slice(0, MAX_MESSAGE),
      connectorId: input.connectorId ?? null,
      deliveryId: input.deliveryId ?? null,
    },
    select: { id: true },
  });
  // Not awaited: the email must not hold up the caller (often a delivery worker) or its transaction.
  void emailNotice({
    workspaceId: input.workspaceId,
    title: input.title.slice(0, MAX_TITLE),
    message: input.message.slice(0, MAX_MESSAGE),
  });
  return created;
}
