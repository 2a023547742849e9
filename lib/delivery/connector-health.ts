// What deliveries tell about their connector: last status, last error, last success, and the run of failures
// that disables it (410 Gone at once; 5 days of continuous failure), with notices when Notify on failure is on.
import type pg from "pg";
import { db } from "../db";
import { pool } from "../db/pool";
import type { OutboundResult } from "../http";
import { logger } from "../core/logger";
import { raiseNotification } from "../notifications/raise-notification";

export interface ConnectorResult {
  connectorId: string;
  deliveryId: string;
  ok: boolean;
  status: number | null;
  errorMessage: string | null;
  /** The delivery exhausted its attempts (or can never succeed). */
  dead: boolean;
  /** The receiver answered 410 Gone: it asks to be disabled. */
  gone: boolean;
}

export const AUTO_DISABLE_AFTER_MS = 5 * 24 * 60 * 60 * 1000;

export async function recordConnectorResults(results: ConnectorResult[]): Promise<void> {
  const latest = new Map<string, ConnectorResult>();
  for (const result of results) latest.set(result.connectorId, result);
  for (const result of latest.values()) {
    const { rows } = await pool().query<{
      failingSince: Date | null;
      name: string;
      workspaceId: string;
      notifyOnFailure: boolean;
      enabled: boolean;
    }>(
      `UPDATE "Connector" SET
         "lastStatus" = $2, "lastResultAt" = now(),
         "lastSuccessAt" = CASE WHEN $3 THEN now() ELSE "lastSuccessAt" END,
         "lastErrorAt" = CASE WHEN $3 THEN "lastErrorAt" ELSE now() END,
         "lastErrorMessage" = CASE WHEN $3 THEN "lastErrorMessage" ELSE $4 END,
         "failingSince" = CASE WHEN $3 THEN NULL ELSE COALESCE("failingSince", now()) END
       WHERE id = $1
       RETURNING "failingSince", name, "workspaceId", "notifyOnFailure", enabled`,
      [result.connectorId, result.status, result.ok, result.errorMessage],
    );
    const connector = rows[0];
    if (!connector) continue;
    const failingTooLong =
      connector.failingSince && Date.now() - connector.failingSince.getTime() > AUTO_DISABLE_AFTER_MS;
    const goneResults = results.filter((item) => item.connectorId === result.connectorId && item.gone);
    if (connector.enabled && (goneResults.length > 0 || failingTooLong)) {
      const reason = goneResults.length > 0 ? "The receiver answered 410 Gone" : "Failing continuously for 5 days";
      await disableConnector(result.connectorId, connector.workspaceId, connector.name, reason);
    }
  }
  for (const result of results.filter((item) => item.dead)) {
    await notifyDeadDelivery(result).catch((error) => logger.error("could not raise a failure notice", { error }));
  }
}

/**
 * A connector sent by hand (Test, Execute): its last result, inside the caller's transaction. It does not count
 * towards the run of failures that disables a connector: that is for deliveries.
 */
export async function recordRunOnConnector(
  client: pg.PoolClient,
  connectorId: string,
  result: Pick<OutboundResult, "ok" | "status" | "error">,
) {
  await client.query(
    `UPDATE "Connector" SET
       "lastStatus" = $2, "lastResultAt" = now(),
       "lastSuccessAt" = CASE WHEN $3 THEN now() ELSE "lastSuccessAt" END,
       "lastErrorAt" = CASE WHEN $3 THEN "lastErrorAt" ELSE now() END,
       "lastErrorMessage" = CASE WHEN $3 THEN "lastErrorMessage" ELSE $4 END,
       "updatedAt" = now()
     WHERE id = $1`,
    [connectorId, result.status, result.ok, result.error?.message ?? null],
  );
}

async function disableConnector(connectorId: string, workspaceId: string, name: string, reason: string) {
  const { count } = await db().connector.updateMany({
    where: { id: connectorId, enabled: true },
    data: { enabled: false, disabledReason: reason },
  });
  if (count === 0) return;
  await raiseNotification({
    workspaceId,
    kind: "connector_disabled",
    title: `Connector "${name}" was disabled`,
    message: `${reason}. Fix the receiver, then enable the connector and recover its failed deliveries.`,
    connectorId,
  });
}

async function notifyDeadDelivery(result: ConnectorResult) {
  const connector = await db().connector.findUnique({
    where: { id: result.connectorId },
    select: { name: true, workspaceId: true, notifyOnFailure: true },
  });
  if (!connector?.notifyOnFailure) return;
  await raiseNotification({
    workspaceId: connector.workspaceId,
    kind: "delivery_failed",
    title: `Delivery to "${connector.name}" failed`,
    message: `Every attempt failed. Last error: ${result.errorMessage ?? (result.status ? `HTTP ${result.status}` : "unknown")}`,
    connectorId: result.connectorId,
    deliveryId: result.deliveryId,
  });
}
