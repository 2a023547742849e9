// A connector sent by hand (Test, Execute) is stored as a delivery like any other — enqueued, its one attempt and
// its outcome recorded by the same writers the workers use — and its result is recorded on the connector. All in
// one transaction after the send, so no worker ever sees the delivery pending and nothing is stored half.
import type { Connector } from "../generated/prisma/client";
import { uuidv7 } from "../core/ids";
import { pool } from "../db/pool";
import type { OutboundResult } from "../http";
import type { RedactedRequest } from "../connectors/build-request";
import type { CallContext } from "../variables";
import { recordRunOnConnector } from "./connector-health";
import { enqueue } from "./enqueue";
import { attemptRecord, recordResults } from "./record-results";

/** Returns the stored delivery's id. */
export async function recordRun(
  connector: Pick<Connector, "id" | "workspaceId">,
  kind: "test" | "manual",
  messageId: string,
  context: CallContext,
  request: RedactedRequest,
  result: OutboundResult,
): Promise<string> {
  const deliveryId = uuidv7();
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    await enqueue(client, null, {
      workspaceId: connector.workspaceId,
      kind,
      messageId,
      variables: context,
      actions: [{ connectorId: connector.id, bodyTemplate: null, maxAttempts: 1, deliveryId }],
    });
    const attempt = attemptRecord({ id: deliveryId, attemptNumber: 1 }, request, result);
    // Sent once and done: a failed call is not retried (nextAttemptAt stays empty).
    await recordResults(
      client,
      null,
      [attempt],
      [
        {
          id: deliveryId,
          status: result.ok ? "succeeded" : "failed",
          attemptCount: 1,
          nextAttemptAt: null,
          rateSlotAt: null,
          lastStatus: result.status,
          lastErrorCode: result.error?.code ?? null,
          lastErrorMessage: result.error?.message ?? null,
          completed: true,
        },
      ],
    );
    await recordRunOnConnector(client, connector.id, result);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return deliveryId;
}
