// POST /api/v1/events as the edge answers it, shared by the Next route (app/api/v1/events/route.ts: cookie and
// bearer callers) and the Node adapter the production server hands bearer publishes to (publish-fast-path.ts),
// so the two cannot drift: the same options (access, schemas, body cap, content fields) and the same answer.
import { tokenBudgetSpent } from "../../auth/api-tokens";
import { validationError } from "../../core/errors";
import type { Principal } from "../../core/principal";
import { publishEvent } from "../../events/publish-event";
import type { PublishPlan } from "../../events/publish-plan";
import {
  idempotencyKeySchema,
  MAX_EVENT_PAYLOAD_BYTES,
  publishEventQuerySchema,
  publishEventSchema,
  type PublishEventInput,
} from "../../events/schema";

/** Published: stored with its deliveries, which the workers send later. */
const ACCEPTED = 202;

// The payload is content (stored and delivered byte for byte), so it may hold any JSON string and up to its own cap.
export const publishOptions = {
  access: "admin",
  query: publishEventQuerySchema,
  body: publishEventSchema,
  contentFields: ["payload"],
  maxBodyBytes: MAX_EVENT_PAYLOAD_BYTES + 64 * 1024,
} as const;

/** The cached grant the caller was let in on is out of date: nothing was stored; the database's grant decides. */
export class StaleTokenGrant extends Error {
  constructor() {
    super("the API token's cached grant is out of date");
  }
}

export interface PublishRequest {
  principal: Principal;
  query: { source?: "api" | "test" };
  body: PublishEventInput;
  /** The body's text as received: the payload is stored as written. */
  bodyText: string | undefined;
  /** The Idempotency-Key header, as sent. */
  idempotencyKey: string | null;
  ip: string | null;
  /** The caller's token, when its grant came from a cache: the storing statement checks it still may publish. */
  apiTokenId?: string;
  /** The fast path's cached lookup of the type and its subscriptions; the database when absent. */
  planFor?: (workspaceId: string, typeKey: string) => Promise<PublishPlan | null>;
  /** The token's request budget, spent by the storing statement (the fast path); spent earlier when absent. */
  rateLimit?: { key: string; count: number; windowMs: number } | null;
}

export async function answerPublish(request: PublishRequest): Promise<{ status: number; body: unknown }> {
  const header = request.idempotencyKey;
  const key = header === null ? null : idempotencyKeySchema.safeParse(header);
  if (key && !key.success) throw validationError(key.error, "Idempotency-Key header");
  const meta = {
    idempotencyKey: key?.data ?? null,
    sourceIp: request.ip,
    source: request.query.source,
    requestText: request.bodyText,
    answerStatus: ACCEPTED,
    apiTokenId: request.apiTokenId,
    rateLimit: request.rateLimit,
  };
  const result = await publishEvent(request.principal.workspaceId, request.body, meta, request.planFor);
  if (result.outcome === "token_refused") throw new StaleTokenGrant();
  if (result.outcome === "rate_limited") throw tokenBudgetSpent(result.retryAfterSeconds);
  // A repeated Idempotency-Key is answered as the first request was, marked as the duplicate it is.
  if (result.outcome === "duplicate")
    return { status: result.firstAnswer.status, body: { ...result.firstAnswer.event, duplicate: true } };
  return { status: ACCEPTED, body: result.event };
}
