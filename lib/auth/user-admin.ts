// User management as the API exposes it: the rules live in users.ts, this adds the audit trail.
import { writeAudit } from "../audit/write-audit";
import { db } from "../db";
import { notFound } from "../core/errors";
import type { Principal } from "../core/principal";
import type { CreateUserInput, RoleName } from "./schema";
import { createUser, deleteUser, listUsers, updateUserRole } from "./users";

export { listUsers };

export async function addUser(actor: Principal, input: CreateUserInput, ip: string | null) {
  const user = await createUser(input);
  await writeAudit(actor, {
    action: "user.created",
    targetType: "user",
    targetId: user.id,
    diff: { email: user.email, role: user.role },
    ip,
  });
  return user;
}

async function existingUser(id: string) {
  const user = await db().user.findUnique({ where: { id }, select: { id: true, email: true, role: true } });
  if (!user) throw notFound("User");
  return user;
}

/** A demotion also limits the user's admin tokens to viewer (they act with the lesser role): the audit says how many. */
export async function changeUserRole(actor: Principal, id: string, role: RoleName, ip: string | null) {
  const before = await existingUser(id);
  const user = await updateUserRole(id, role);
  const limited =
    before.role === "admin" && user.role === "viewer"
      ? await db().apiToken.count({ where: { createdById: id, role: "admin", revokedAt: null } })
      : 0;
  await writeAudit(actor, {
    action: "user.role_changed",
    targetType: "user",
    targetId: id,
    diff: { role: { from: before.role, to: user.role }, ...(limited ? { apiTokensLimitedToViewer: limited } : {}) },
    ip,
  });
  return user;
}

export async function removeUser(actor: Principal, id: string, ip: string | null) {
  const before = await existingUser(id);
  const revokedTokens = await deleteUser(id);
  await writeAudit(actor, {
    action: "user.deleted",
    targetType: "user",
    targetId: id,
    diff: { email: before.email, role: before.role, apiTokensRevoked: revokedTokens.length },
    ip,
  });
  for (const token of revokedTokens) {
    await writeAudit(actor, {
      action: "api_token.revoked",
      targetType: "api_token",
      targetId: token.id,
      diff: { name: token.name, reason: "creator deleted", creator: before.email },
      ip,
    });
  }
  return { id, deleted: true };
}
