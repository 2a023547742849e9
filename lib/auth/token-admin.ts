// API token management as the API exposes it: every change is audited with who made it.
import { notFound } from "../core/errors";
import { writeAudit } from "../audit/write-audit";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-tokens";
import type { Principal } from "../core/principal";
import type { CreateTokenInput } from "./schema";

export function listTokens(actor: Principal) {
  return listApiTokens(actor.workspaceId);
}

/** Returns the token in clear text once; only its hash is kept. */
export async function issueToken(actor: Principal, input: CreateTokenInput, ip: string | null) {
  const { token, record } = await createApiToken(actor.workspaceId, input, actor.userId);
  await writeAudit(actor, {
    action: "api_token.created",
    targetType: "api_token",
    targetId: record.id,
    diff: { name: record.name, role: record.role, prefix: record.prefix },
    ip,
  });
  return { token, apiToken: record };
}

export async function revokeToken(actor: Principal, id: string, ip: string | null) {
  if (!(await revokeApiToken(actor.workspaceId, id))) throw notFound("Active API token");
  await writeAudit(actor, { action: "api_token.revoked", targetType: "api_token", targetId: id, ip });
  return { id, revoked: true };
}
