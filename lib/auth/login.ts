// Password sign-in with throttling: five failed attempts in a minute from one address are answered 429.
import { db } from "../db";
import { ApiError } from "../api/errors";
import { consumeRateLimit, peekRateLimit } from "../rate-limit";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { createSession } from "./sessions";
import type { LoginInput } from "./schema";

export { loginSchema } from "./schema";
export type { LoginInput } from "./schema";

const MAX_FAILURES = 5;
const FAILURE_WINDOW_MS = 60_000;

export async function login(input: LoginInput, meta: { ip: string | null; userAgent: string | null }) {
  const throttleKey = `login-failures:${meta.ip ?? "unknown"}`;
  if ((await peekRateLimit(throttleKey, FAILURE_WINDOW_MS)) >= MAX_FAILURES) {
    throw new ApiError("rate_limited", "Too many failed sign-in attempts: wait a minute and try again", null, 60);
  }
  const user = await db().user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, role: true, passwordHash: true, disabledAt: true },
  });
  const valid = user && !user.disabledAt ? await verifyPassword(input.password, user.passwordHash) : await verifyAgainstDummy(input.password);
  if (!user || !valid) {
    await consumeRateLimit(throttleKey, MAX_FAILURES, FAILURE_WINDOW_MS);
    throw new ApiError("unauthorized", "Email or password is incorrect");
  }
  const session = await createSession(user.id, meta);
  return { user: { id: user.id, email: user.email, role: user.role }, session };
}
