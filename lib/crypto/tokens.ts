// Random credentials and their stored form. Session ids and API tokens are stored as SHA-256 hashes: they are
// long random values, so a fast hash is enough (passwords use scrypt, see lib/auth/password.ts).
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** Constant-time string comparison (lengths may differ: compare digests so timing does not leak length). */
export function safeEqual(a: string | Buffer, b: string | Buffer): boolean {
  const digestA = createHash("sha256").update(a).digest();
  const digestB = createHash("sha256").update(b).digest();
  return timingSafeEqual(digestA, digestB) && Buffer.byteLength(a) === Buffer.byteLength(b);
}

import { SECRET_MASK } from "./secret-mask";

/** Shows that a secret is set without showing any of it. */
export { SECRET_MASK };

export function maskSecret(secret: string | null | undefined): string | null {
  return secret ? SECRET_MASK : null;
}
