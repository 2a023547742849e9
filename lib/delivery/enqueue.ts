// Enqueue: the one way a Delivery row comes into being. One delivery per action of what happened (an event published
// to its subscribers, a trigger's or listener's actions, a replay, a connector sent by hand), written by one INSERT.
// The event store puts that INSERT inside its own statement (lib/events/store-event.ts), so an event and the
// deliveries it owes are written in a single round trip; replay and Execute run it alone (`enqueue`).
import type pg from "pg";
import { uuidv7 } from "../core/ids";

/** One delivery to create: which connector, with which body template, how many attempts. */
export interface DeliveryAction {
  connectorId: string;
  bodyTemplate: string | null;
  maxAttempts: number;
  /** Given when the caller needs to name the delivery in its answer. */
  deliveryId?: string;
  /** Known not to render: stored as template_error with this message instead of being queued. */
  templateError?: string | null;
}

export interface EnqueueRequest {
  workspaceId: string;
  /** The webhook-id header value, stable across retries (and replays) of the same event. */
  messageId: string;
  /** Rendering variables stored on each delivery; absent for published events (taken from the event). */
  variables?: unknown;
  actions: DeliveryAction[];
  kind: "event" | "trigger_action" | "test" | "manual";
}

const DELIVERY_COLUMNS = `id, "workspaceId", "eventId", "connectorId", kind, status, "messageId", variables,
    "bodyTemplate", "maxAttempts", "nextAttemptAt", "lastErrorCode", "lastErrorMessage", "completedAt", "createdAt",
    "updatedAt"`;

/** The values of one delivery row, from the action `a` (unnested) and the given expressions for the rest. */
function deliveryValues(parts: {
  workspaceId: string;
  eventId: string;
  kind: string;
  messageId: string;
  variables: string;
}) {
  return `a.delivery_id, ${parts.workspaceId}::uuid, ${parts.eventId}, a.connector_id, ${parts.kind}::"DeliveryKind",
    CASE WHEN a.template_error IS NULL THEN 'pending' ELSE 'template_error' END::"DeliveryStatus", ${parts.messageId},
    ${parts.variables}::jsonb, a.body_template, a.max_attempts, CASE WHEN a.template_error IS NULL THEN now() END,
    CASE WHEN a.template_error IS NOT NULL THEN 'template_error' END, a.template_error,
    CASE WHEN a.template_error IS NOT NULL THEN now() END, now(), now()`;
}

/**
 * The INSERT, for a WITH clause or alone: one row per action, for the event whose id the query `eventId` selects
 * (a CTE name, or a subquery; a null id makes deliveries without an event, and no row makes none). Parameters
 * start at $`first`, in the order `enqueueValues` gives them. An action known not to render is stored finished as template_error; the others are due now.
 */
export function enqueueSql(eventId: string, first: number): string {
  const $ = (offset: number) => `$${first + offset}`;
  return `INSERT INTO "Delivery" (${DELIVERY_COLUMNS})
  SELECT ${deliveryValues({ workspaceId: $(0), eventId: "ev.id", kind: $(1), messageId: $(2), variables: $(3) })}
  FROM ${eventId} AS ev CROSS JOIN unnest(${$(4)}::uuid[], ${$(5)}::text[], ${$(6)}::int[], ${$(7)}::uuid[], ${$(8)}::text[])
    WITH ORDINALITY AS a(connector_id, body_template, max_attempts, delivery_id, template_error, position)
  ORDER BY a.position
  RETURNING id`;
}

/**
 * The same INSERT for many events at once (the event store's batch): the actions of every member flattened into
 * parameters $`first`… (`enqueueManyValues`), each naming its member; a member is a row of `members` (columns
 * member, id, workspace_id, kind, message_id, variables) and gets its deliveries only if its id is in `events`
 * (the event was stored). Returns each delivery's "eventId".
 */
export function enqueueManySql(members: string, events: string, first: number): string {
  const $ = (offset: number) => `$${first + offset}`;
  return `INSERT INTO "Delivery" (${DELIVERY_COLUMNS})
  SELECT ${deliveryValues({ workspaceId: "m.workspace_id", eventId: "ev.id", kind: "m.kind", messageId: "m.message_id", variables: "m.variables" })}
  FROM unnest(${$(0)}::int[], ${$(1)}::uuid[], ${$(2)}::text[], ${$(3)}::int[], ${$(4)}::uuid[], ${$(5)}::text[])
      WITH ORDINALITY AS a(member, connector_id, body_template, max_attempts, delivery_id, template_error, position)
    JOIN ${members} AS m ON m.member = a.member
    JOIN ${events} AS ev ON ev.id = m.id
  ORDER BY a.position
  RETURNING "eventId"`;
}

/** The six arrays of `enqueueManySql`: every member's actions, in order, each with its member's number. */
export function enqueueManyValues(members: { member: number; actions: DeliveryAction[] }[]): unknown[][] {
  const columns: unknown[][] = [[], [], [], [], [], []];
  for (const { member, actions } of members) {
    for (const action of actions) {
      columns[0]!.push(member);
      columns[1]!.push(action.connectorId);
      columns[2]!.push(action.bodyTemplate);
      columns[3]!.push(action.maxAttempts);
      // Time-ordered ids, as everywhere: lists page by id.
      columns[4]!.push(action.deliveryId ?? uuidv7());
      columns[5]!.push(action.templateError ?? null);
    }
  }
  return columns;
}

/** The values of `enqueueSql`'s parameters, in order. */
export function enqueueValues(request: EnqueueRequest): unknown[] {
  return [
    request.workspaceId,
    request.kind,
    request.messageId,
    request.variables === undefined ? null : JSON.stringify(request.variables),
    request.actions.map((action) => action.connectorId),
    request.actions.map((action) => action.bodyTemplate),
    request.actions.map((action) => action.maxAttempts),
    // Time-ordered ids, as everywhere: lists page by id.
    request.actions.map((action) => action.deliveryId ?? uuidv7()),
    request.actions.map((action) => action.templateError ?? null),
  ];
}

const ENQUEUE_ALONE = `WITH dl AS (${enqueueSql("(SELECT $1::uuid AS id)", 2)}) SELECT id FROM dl`;

/** Enqueues the deliveries of `eventId` (null: none, e.g. a connector sent by hand); returns their ids in order. */
export async function enqueue(
  client: pg.Pool | pg.PoolClient,
  eventId: string | null,
  request: EnqueueRequest,
): Promise<string[]> {
  if (request.actions.length === 0) return [];
  const { rows } = await client.query<{ id: string }>(ENQUEUE_ALONE, [eventId, ...enqueueValues(request)]);
  return rows.map((row) => row.id);
}
