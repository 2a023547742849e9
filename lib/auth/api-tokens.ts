// API tokens: "sb_" + 32 random bytes, shown once, stored as SHA-256; revocable; last use recorded. A token acts
// with the lesser of its own role and its creator's current role, and not at all while its creator is disabled;
// tokens made by `npm run admin` have no creator (the shell operator stands behind them) and keep their own role.
// Every authenticated use spends one request of the token's budget (SWITCHBOARD_API_TOKEN_RATE_LIMIT a minute).
import { AppError } from "../core/errors";
import { db } from "../db";
import { env } from "../env";
import { consumeRateLimit } from "../rate-limit";
import { randomToken, sha256Hex } from "../crypto/tokens";
import type { Role } from "../generated/prisma/enums";
import type { Principal } from "../core/principal";
import type { CreateTokenInput } from "./schema";

export const TOKEN_PREFIX = "sb_";
const RATE_WINDOW_MS = 60_000;
/** lastUsedAt is written at most this often per token, to keep the request path free of writes. */
const LAST_USED_RESOLUTION_MS = 60_000;

export { createTokenSchema } from "./schema";
export type { CreateTokenInput } from "./schema";

const tokenListSelect = {
  id: true,
  name: true,
  role: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: { select: { email: true } },
} as const;

export async function createApiToken(workspaceId: string, input: CreateTokenInput, createdById: string | null) {
  const token = TOKEN_PREFIX + randomToken(32);
  const record = await db().apiToken.create({
    data: {
      workspaceId,
      name: input.name,
      role: input.role,
      tokenHash: sha256Hex(token),
      prefix: token.slice(0, 10),
      createdById,
    },
    select: tokenListSelect,
  });
  return { token, record };
}

export function listApiTokens(workspaceId: string) {
  return db().apiToken.findMany({
    where: { workspaceId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: tokenListSelect,
  });
}

export async function revokeApiToken(workspaceId: string, id: string) {
  const result = await db().apiToken.updateMany({
    where: { id, workspaceId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return result.count > 0;
}

/** Revokes every active token a user created; the caller audits. Run inside the user's deletion transaction. */
export async function revokeTokensCreatedBy(tx: Pick<ReturnType<typeof db>, "apiToken">, userId: string) {
  const active = await tx.apiToken.findMany({
    where: { createdById: userId, revokedAt: null },
    select: { id: true, name: true },
  });
  await tx.apiToken.updateMany({
    where: { id: { in: active.map((token) => token.id) } },
    data: { revokedAt: new Date() },
  });
  return active;
}

export const lesserRole = (a: Role, b: Role): Role => (a === "admin" && b === "admin" ? "admin" : "viewer");

/** What a token may do now; none when it may do nothing (unknown, revoked, or its creator disabled). */
export interface ApiTokenGrant {
  id: string;
  name: string;
  workspaceId: string;
  createdById: string | null;
  /** The lesser of the token's role and its creator's current role. */
  role: Role;
  lastUsedAt: Date | null;
}

export async function loadApiTokenGrant(tokenHash: string): Promise<ApiTokenGrant | null> {
  const record = await db().apiToken.findUnique({
    where: { tokenHash },
    include: { createdBy: { select: { role: true, disabledAt: true } } },
  });
  if (!record || record.revokedAt) return null;
  if (record.createdBy?.disabledAt) return null;
  return {
    id: record.id,
    name: record.name,
    workspaceId: record.workspaceId,
    createdById: record.createdById,
    role: record.createdBy ? lesserRole(record.role, record.createdBy.role) : record.role,
    lastUsedAt: record.lastUsedAt,
  };
}

/**
 * SQL, true while the API token whose id is the `param` placeholder may still act as an admin: a write made on a
 * cached grant (token-cache.ts) re-checks it in its own statement, so a change whose notification is still in
 * flight cannot let it through.
 */
export const tokenStillAdminSql = (param: string): string =>
  `EXISTS (SELECT 1 FROM "ApiToken" t LEFT JOIN "User" u ON u.id = t."createdById"
    WHERE t.id = ${param}::uuid AND t."revokedAt" IS NULL AND t.role = 'admin'
      AND (u.id IS NULL OR (u.role = 'admin' AND u."disabledAt" IS NULL)))`;

/**
 * The caller behind a bearer token. `grantFor` looks the token up: the database by default, or the publish fast
 * path's cache (token-cache.ts); lastUsedAt is the same either way. The request budget is spent here, unless the
 * caller spends it in its own statement (`budget: "caller"`: the publish fast path stores the hit with the event,
 * tokenRequestBudget).
 */
export async function principalFromApiToken(
  token: string,
  grantFor: (tokenHash: string) => Promise<ApiTokenGrant | null> = loadApiTokenGrant,
  budget: "here" | "caller" = "here",
): Promise<Principal | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const grant = await grantFor(sha256Hex(token));
  if (!grant) return null;
  if (budget === "here") await spendRequestBudget(grant.id);
  if (!grant.lastUsedAt || Date.now() - grant.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    // Noted on the (possibly cached) grant first, so concurrent requests do not all write it.
    grant.lastUsedAt = new Date();
    await db().apiToken.update({ where: { id: grant.id }, data: { lastUsedAt: grant.lastUsedAt } });
  }
  return principalOf(grant);
}

export const principalOf = (grant: ApiTokenGrant): Principal => ({
  kind: "token",
  id: grant.id,
  userId: grant.createdById,
  label: `token:${grant.name}`,
  role: grant.role,
  workspaceId: grant.workspaceId,
});

/** A token's request budget as a fixed-window limit (lib/rate-limit); none when the limit is off. */
export function tokenRequestBudget(tokenId: string): { key: string; count: number; windowMs: number } | null {
  const limit = env().SWITCHBOARD_API_TOKEN_RATE_LIMIT;
  return limit === 0 ? null : { key: `api-token:${tokenId}`, count: limit, windowMs: RATE_WINDOW_MS };
}

/** What a call past its token's budget is answered (429 with Retry-After), wherever the hit was counted. */
export function tokenBudgetSpent(retryAfterSeconds: number): AppError {
  const limit = env().SWITCHBOARD_API_TOKEN_RATE_LIMIT;
  const wait = `${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}`;
  return new AppError(
    "rate_limited",
    `This API token made more than ${limit} requests in a minute: try again in ${wait}`,
    { limit, windowSeconds: RATE_WINDOW_MS / 1000 },
    retryAfterSeconds,
  );
}

/** Counted only for tokens that exist, so guessing at tokens fills no buckets (it answers 401 anyway). */
async function spendRequestBudget(tokenId: string): Promise<void> {
  const budget = tokenRequestBudget(tokenId);
  if (!budget) return;
  const result = await consumeRateLimit(budget.key, budget.count, budget.windowMs);
  if (!result.allowed) throw tokenBudgetSpent(result.retryAfterSeconds);
}
