// Sign-in, sign-out and first-run setup as the routes see them: each flow does its work and leaves an audit entry.
import { AppError } from "../core/errors";
import { writeAudit } from "../audit/write-audit";
import { db } from "../db";
import { defaultWorkspaceId } from "../workspaces/default-workspace";
import { login } from "./login";
import type { Principal } from "../core/principal";
import type { LoginInput, SetupInput } from "./schema";
import { readCookie } from "./authenticate";
import { createSession, deleteSession, SESSION_COOKIE } from "./sessions";
import { assertSetupCode } from "./setup-code";
import { setupFirstAdmin } from "./users";

interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

const userPrincipal = (
  user: { id: string; email: string; role: Principal["role"] },
  workspaceId: string,
): Principal => ({
  kind: "user",
  id: user.id,
  userId: user.id,
  label: user.email,
  role: user.role,
  workspaceId,
});

/** `host` is the Host the request was addressed to: it decides whether the setup code is needed. */
export async function completeSetup(input: SetupInput, meta: RequestMeta & { host: string | null }) {
  await assertSetupCode(input.setupCode, meta.host);
  const user = await setupFirstAdmin(input);
  const workspaceId = await defaultWorkspaceId();
  await writeAudit(userPrincipal(user, workspaceId), {
    action: "setup.completed",
    targetType: "user",
    targetId: user.id,
    diff: { email: user.email, role: user.role },
    ip: meta.ip,
  });
  const session = await createSession(user.id, meta);
  return { user, session };
}

export async function signIn(input: LoginInput, meta: RequestMeta) {
  const workspaceId = await defaultWorkspaceId();
  try {
    const result = await login(input, meta);
    await writeAudit(userPrincipal(result.user, workspaceId), {
      action: "auth.signed_in",
      targetType: "user",
      targetId: result.user.id,
      ip: meta.ip,
    });
    return result;
  } catch (error) {
    // Record wrong credentials and throttled attempts alike: both are what an operator looks for after an attack.
    if (error instanceof AppError && (error.code === "unauthorized" || error.code === "rate_limited")) {
      await writeAudit(
        null,
        {
          action: error.code === "rate_limited" ? "auth.sign_in_throttled" : "auth.sign_in_failed",
          targetType: "user",
          diff: { email: input.email },
          ip: meta.ip,
        },
        workspaceId,
      );
    }
    throw error;
  }
}

/** Ends the session named by the request's cookie (the cookie itself is cleared by the caller's response). */
export async function signOut(headers: Headers, principal: Principal | null, ip: string | null) {
  const sessionToken = readCookie(headers.get("cookie"), SESSION_COOKIE);
  if (sessionToken) await deleteSession(sessionToken);
  if (principal?.kind === "user") {
    await writeAudit(principal, { action: "auth.signed_out", targetType: "user", targetId: principal.id, ip });
  }
}

/** What the dashboard needs to know about the caller: the user behind a session or a token, and the role. */
export async function describePrincipal(principal: Principal) {
  const user = principal.userId
    ? await db().user.findUnique({
        where: { id: principal.userId },
        select: { id: true, email: true, name: true, role: true },
      })
    : null;
  return {
    kind: principal.kind,
    id: principal.id,
    label: principal.label,
    role: principal.role,
    workspaceId: principal.workspaceId,
    user,
  };
}
