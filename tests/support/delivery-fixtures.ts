// Connectors subscribed to event types, made straight in the database (the connector API has its own tests),
// for delivery tests.
import { db } from "@/lib/db";
import { encrypt } from "@/lib/crypto/secret-key";
import { generateSigningSecret } from "@/lib/crypto/standard-webhooks";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { unique } from "./auth-fixtures";

export async function eventType(key = unique("evt").replaceAll("-", ".")) {
  return db().eventType.create({
    data: { workspaceId: await defaultWorkspaceId(), key },
    select: { id: true, key: true },
  });
}

export interface ConnectorOptions {
  url: string;
  subscribeTo?: string[];
  retrySchedule?: number[];
  signingSecret?: string;
  enabled?: boolean;
  notifyOnFailure?: boolean;
  rateLimit?: { count: number; windowMs: number };
  timeoutMs?: number;
  bodyTemplate?: string;
}

export async function subscribedConnector(options: ConnectorOptions) {
  const workspaceId = await defaultWorkspaceId();
  const connector = await db().connector.create({
    data: {
      workspaceId,
      name: unique("connector"),
      url: options.url,
      method: "POST",
      bodyType: "json",
      bodyTemplate: options.bodyTemplate ?? null,
      retrySchedule: options.retrySchedule ?? [],
      signingSecretEnc: options.signingSecret ? encrypt(options.signingSecret) : null,
      enabled: options.enabled ?? true,
      notifyOnFailure: options.notifyOnFailure ?? false,
      rateLimitCount: options.rateLimit?.count ?? null,
      rateLimitWindowMs: options.rateLimit?.windowMs ?? null,
      timeoutMs: options.timeoutMs ?? 15_000,
    },
    select: { id: true, name: true },
  });
  for (const key of options.subscribeTo ?? []) {
    const type = await db().eventType.findUniqueOrThrow({ where: { workspaceId_key: { workspaceId, key } } });
    await db().subscription.create({ data: { connectorId: connector.id, eventTypeId: type.id } });
  }
  return connector;
}

export { generateSigningSecret };

/** Polls until the check passes or the time is up; returns the last value. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
