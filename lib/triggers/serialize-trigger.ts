// The only shape a trigger leaves the API in: its receive URL, the secret masked, actions in order.
import { publicBaseUrl } from "../workspaces/public-url";
import { SECRET_MASK } from "../crypto/tokens";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";

export const triggerInclude = {
  workspace: { select: { slug: true, publicUrl: true } },
  actions: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      connectorId: true,
      bodyTemplate: true,
      position: true,
      connector: { select: { name: true, enabled: true } },
    },
  },
} satisfies Prisma.TriggerInclude;

// Rows come from the default client, which never reads the secret columns.
type TriggerRow = Omit<Prisma.TriggerGetPayload<{ include: typeof triggerInclude }>, "secretEnc" | "previousSecretEnc">;

export interface LastEvent {
  receivedAt: Date;
  responseStatus: number | null;
}

/** The newest event of each trigger, in one query (lists show it per row). */
export async function lastEvents(triggerIds: string[]): Promise<Map<string, LastEvent>> {
  if (triggerIds.length === 0) return new Map();
  const rows = await db().$queryRaw<({ triggerId: string } & LastEvent)[]>`
    SELECT t.id AS "triggerId", e."receivedAt", e."responseStatus"
    FROM unnest(${triggerIds}::uuid[]) AS t(id)
    CROSS JOIN LATERAL (
      -- One index probe per trigger, however many events it has.
      SELECT "receivedAt", "responseStatus" FROM "Event" WHERE "triggerId" = t.id ORDER BY "receivedAt" DESC LIMIT 1
    ) e`;
  return new Map(rows.map((row) => [row.triggerId, row]));
}

export async function serializeTrigger(row: TriggerRow, lastEvent?: LastEvent | null) {
  const base = publicBaseUrl(row.workspace.publicUrl);
  const last = lastEvent === undefined ? (await lastEvents([row.id])).get(row.id) : lastEvent;
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    enabled: row.enabled,
    authType: row.authType,
    secret: SECRET_MASK,
    previousSecretExpiresAt: row.previousSecretExpiresAt,
    headerVariable: row.headerVariable,
    bodyVariable: row.bodyVariable,
    maxBodyBytes: row.maxBodyBytes,
    rateLimit: row.rateLimitCount ? { count: row.rateLimitCount, windowMs: row.rateLimitWindowMs } : null,
    allowedMethods: row.allowedMethods,
    actions: row.actions.map((action) => ({
      id: action.id,
      connectorId: action.connectorId,
      connectorName: action.connector.name,
      connectorEnabled: action.connector.enabled,
      bodyTemplate: action.bodyTemplate,
    })),
    /** Without the key; the shared key goes in ?key= or the X-Switchboard-Key header. */
    url: `${base}/api/webhook/${row.workspace.slug}/${row.slug}`,
    idUrl: `${base}/api/hooks/${row.id}`,
    lastEventAt: last?.receivedAt ?? null,
    lastResponseStatus: last?.responseStatus ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
