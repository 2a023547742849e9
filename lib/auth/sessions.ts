// Browser sessions: a random id in an httpOnly cookie, stored only as its SHA-256 hash.
import { db } from "../db";
import { randomToken, sha256Hex } from "../crypto/tokens";
import { defaultWorkspaceId } from "../workspaces/default-workspace";
import type { Principal } from "../core/principal";

export const SESSION_COOKIE = "sb_session";
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
/** Sliding expiry is refreshed at most this often, so page loads do not each write a row. */
const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

export async function createSession(userId: string, meta: { ip?: string | null; userAgent?: string | null }) {
  const token = randomToken(32);
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db().session.create({
    data: { tokenHash: sha256Hex(token), userId, expiresAt, ip: meta.ip ?? null, userAgent: meta.userAgent ?? null },
  });
  await db().user.update({ where: { id: userId }, data: { lastLoginAt: new Date() } });
  return { token, expiresAt };
}

export async function principalFromSession(token: string): Promise<Principal | null> {
  const session = await db().session.findUnique({
    where: { tokenHash: sha256Hex(token) },
    include: { user: { select: { id: true, email: true, role: true, disabledAt: true } } },
  });
  if (!session || session.expiresAt.getTime() <= Date.now() || session.user.disabledAt) return null;
  let expiresAt = session.expiresAt;
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    expiresAt = new Date(Date.now() + SESSION_TTL_MS);
    await db().session.update({ where: { tokenHash: session.tokenHash }, data: { lastSeenAt: new Date(), expiresAt } });
  }
  return {
    kind: "user",
    id: session.user.id,
    userId: session.user.id,
    label: session.user.email,
    role: session.user.role,
    workspaceId: await defaultWorkspaceId(),
    sessionExpiresAt: expiresAt,
  };
}

/**
 * The workspace a session still grants, or null once it is gone, expired or its user disabled. Unlike
 * principalFromSession it writes nothing: an open live stream asking again every few seconds is not the user's
 * activity, and sliding the expiry on it would keep an idle tab's session alive for ever.
 */
export async function sessionStillValid(token: string): Promise<{ workspaceId: string } | null> {
  const session = await db().session.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: { expiresAt: true, user: { select: { disabledAt: true } } },
  });
  if (!session || session.expiresAt.getTime() <= Date.now() || session.user.disabledAt) return null;
  return { workspaceId: await defaultWorkspaceId() };
}

export async function deleteSession(token: string): Promise<void> {
  await db().session.deleteMany({ where: { tokenHash: sha256Hex(token) } });
}
