// Trigger lookups for the receive path. Every request resolves its trigger from the database, through a cache
// that holds an answer for at most a second: a change (disable, new key, new actions) reaches every process
// within that bound, and nothing can go stale the way in-memory webhook registrations do.
import { db } from "../db";
import { scheduleFor } from "../delivery/retry-policy";
import { activeTriggerSecrets } from "./secrets";
import type { TriggerAuthType } from "./verify-request";

export const TRIGGER_CACHE_TTL_MS = 1_000;

export interface ReceivingTrigger {
  id: string;
  workspaceId: string;
  name: string;
  slug: string;
  authType: TriggerAuthType;
  secrets: string[];
  headerVariable: string;
  bodyVariable: string;
  maxBodyBytes: number;
  rateLimit: { count: number; windowMs: number } | null;
  allowedMethods: string[];
  /** Actions whose connector is enabled, in order. */
  actions: { connectorId: string; bodyTemplate: string | null; maxAttempts: number }[];
}

type Lookup = { workspaceSlug: string; triggerSlug: string } | { triggerId: string };

const cache = new Map<string, { expiresAt: number; value: Promise<ReceivingTrigger | null> }>();

function cacheKey(lookup: Lookup) {
  return "triggerId" in lookup ? `id:${lookup.triggerId}` : `slug:${lookup.workspaceSlug}/${lookup.triggerSlug}`;
}

export function findReceivingTrigger(lookup: Lookup): Promise<ReceivingTrigger | null> {
  const key = cacheKey(lookup);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.expiresAt > now) return hit.value;
  const value = load(lookup);
  cache.set(key, { expiresAt: now + TRIGGER_CACHE_TTL_MS, value });
  value.catch(() => cache.delete(key));
  if (cache.size > 10_000) cache.clear();
  return value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function load(lookup: Lookup): Promise<ReceivingTrigger | null> {
  if ("triggerId" in lookup && !UUID.test(lookup.triggerId)) return null;
  const row = await db().trigger.findFirst({
    where:
      "triggerId" in lookup
        ? { id: lookup.triggerId, enabled: true }
        : { slug: lookup.triggerSlug, enabled: true, workspace: { slug: lookup.workspaceSlug } },
    omit: { secretEnc: false, previousSecretEnc: false },
    include: {
      actions: {
        orderBy: { position: "asc" },
        where: { connector: { enabled: true } },
        select: { connectorId: true, bodyTemplate: true, connector: { select: { retrySchedule: true } } },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    name: row.name,
    slug: row.slug,
    authType: row.authType,
    secrets: activeTriggerSecrets(row),
    headerVariable: row.headerVariable,
    bodyVariable: row.bodyVariable,
    maxBodyBytes: row.maxBodyBytes,
    rateLimit: row.rateLimitCount ? { count: row.rateLimitCount, windowMs: row.rateLimitWindowMs } : null,
    allowedMethods: row.allowedMethods,
    actions: row.actions.map((action) => ({
      connectorId: action.connectorId,
      bodyTemplate: action.bodyTemplate,
      maxAttempts: scheduleFor(action.connector.retrySchedule).length,
    })),
  };
}

/** For tests and for the process that made a change: forget everything now. */
export function clearTriggerCache() {
  cache.clear();
}
