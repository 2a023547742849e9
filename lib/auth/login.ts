// Password sign-in with throttling. Every attempt is counted before its password is checked (one atomic upsert
// per bucket, so parallel guesses cannot all slip in under the limit) in two buckets: the caller's address and the
// account (the email, known or not, so the answer never tells whether an account exists). A successful sign-in
// gives its hits back. A request whose address is unknown is throttled by its account only: one shared "unknown"
// bucket would let five bad sign-ins lock everyone out.
import { db } from "../db";
import { AppError } from "../core/errors";
import { sha256Hex } from "../crypto/tokens";
import { consumeRateLimit, refundRateLimit } from "../rate-limit";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { createSession } from "./sessions";
import type { LoginInput } from "./schema";

export { loginSchema } from "./schema";
export type { LoginInput } from "./schema";

/** Attempts per address per minute, and per account per quarter hour (README, "Security"). */
export const LOGIN_LIMITS = {
  address: { count: 5, windowMs: 60_000, what: "from this address" },
  account: { count: 5, windowMs: 15 * 60_000, what: "for this account" },
} as const;

function waitText(seconds: number): string {
  if (seconds < 120) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

async function countAttempt(key: string, limit: (typeof LOGIN_LIMITS)[keyof typeof LOGIN_LIMITS]) {
  const result = await consumeRateLimit(key, limit.count, limit.windowMs);
  if (!result.allowed) {
    throw new AppError(
      "rate_limited",
      `Too many sign-in attempts ${limit.what}: try again in ${waitText(result.retryAfterSeconds)}`,
      null,
      result.retryAfterSeconds,
    );
  }
}

export async function login(input: LoginInput, meta: { ip: string | null; userAgent: string | null }) {
  const addressKey = meta.ip ? `login-address:${meta.ip}` : null;
  const accountKey = `login-account:${sha256Hex(input.email)}`;
  if (addressKey) await countAttempt(addressKey, LOGIN_LIMITS.address);
  await countAttempt(accountKey, LOGIN_LIMITS.account);

  const user = await db().user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, role: true, passwordHash: true, disabledAt: true },
  });
  const valid =
    user && !user.disabledAt
      ? await verifyPassword(input.password, user.passwordHash)
      : await verifyAgainstDummy(input.password);
  if (!user || !valid) throw new AppError("unauthorized", "Email or password is incorrect");

  await Promise.all([
    addressKey ? refundRateLimit(addressKey, LOGIN_LIMITS.address.windowMs) : undefined,
    refundRateLimit(accountKey, LOGIN_LIMITS.account.windowMs),
  ]);
  const session = await createSession(user.id, meta);
  return { user: { id: user.id, email: user.email, role: user.role }, session };
}
