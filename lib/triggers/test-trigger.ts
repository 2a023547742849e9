// "Test trigger": sends a sample request through the real receive endpoint of this server, authenticated the
// way the trigger expects (key, or a signature made with its secret), and reports what was stored and started.
import { createHmac } from "node:crypto";
import { z } from "zod";
import { jsonValueSchema } from "../core/json-value";
import { AppError, notFound } from "../core/errors";
import type { Principal } from "../core/principal";
import { standardWebhookHeaders } from "../crypto/standard-webhooks";
import { db } from "../db";
import { env } from "../env";
import { activeTriggerSecrets } from "./secrets";
import type { TriggerAuthType } from "./verify-request";

export const testTriggerSchema = z.object({
  body: jsonValueSchema.default({ event: "test", sentBy: "Switchboard" }),
});

export function signedTestHeaders(
  authType: TriggerAuthType,
  secret: string,
  body: string,
  now = Math.floor(Date.now() / 1000),
) {
  const hex = (key: string, data: string) => createHmac("sha256", key).update(data).digest("hex");
  switch (authType) {
    case "shared_key":
      return { "x-switchboard-key": secret };
    case "github":
      return { "x-hub-signature-256": `sha256=${hex(secret, body)}`, "x-github-event": "ping" };
    case "stripe":
      return { "stripe-signature": `t=${now},v1=${hex(secret, `${now}.${body}`)}` };
    case "slack":
      return {
        "x-slack-signature": `v0=${hex(secret, `v0:${now}:${body}`)}`,
        "x-slack-request-timestamp": String(now),
      };
    case "standard":
      return standardWebhookHeaders([secret], `msg_test_${now}`, body, now);
  }
}

export async function testTrigger(actor: Principal, id: string, sample: unknown) {
  const row = await db().trigger.findFirst({
    where: { id, workspaceId: actor.workspaceId },
    omit: { secretEnc: false, previousSecretEnc: false },
    include: { workspace: { select: { slug: true } } },
  });
  if (!row) throw notFound("Trigger");
  const body = JSON.stringify(sample);
  const [secret] = activeTriggerSecrets(row);
  // The request goes to this very server over loopback, through the same path external callers use.
  const url = `http://127.0.0.1:${env().PORT}/api/webhook/${row.workspace.slug}/${row.slug}`;
  const startedAt = Date.now();
  const response = await fetch(url, {
    method: row.allowedMethods.includes("POST") ? "POST" : row.allowedMethods[0],
    headers: {
      "content-type": "application/json",
      "user-agent": "Switchboard trigger test",
      ...signedTestHeaders(row.authType, secret!, body),
    },
    body,
  }).catch((error: unknown) => {
    // Not the caller's fault and not a crash: this process could not reach its own receive endpoint.
    const reason =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new AppError("unavailable", `Could not reach this server's receive endpoint (port ${env().PORT}): ${reason}`);
  });
  const answer = await response.json().catch(() => null);
  const event = await db().event.findFirst({
    where: { triggerId: id, receivedAt: { gte: new Date(startedAt - 1000) } },
    orderBy: { receivedAt: "desc" },
    select: {
      id: true,
      body: true,
      headers: true,
      verification: true,
      responseStatus: true,
      deliveries: { select: { id: true, connectorId: true, status: true, connector: { select: { name: true } } } },
    },
  });
  return { status: response.status, answer, event };
}
