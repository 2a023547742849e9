// Secrets at rest: AES-256-GCM with a versioned envelope "v1:<iv>:<tag>:<ciphertext>" (base64url parts), so the
// key or algorithm can change later without guessing what an old value is.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12;
// GCM accepts tags as short as 4 bytes unless told otherwise: a cut tag would make forgery cheap, so pin 16.
const TAG_BYTES = 16;

export function parseSecretKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[A-Fa-f0-9]{64}$/.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  if (key.length !== 32) throw new Error("The secret key must be 32 bytes (64 hex characters or base64)");
  return key;
}

export function encryptSecret(plaintext: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString("base64url"), tag.toString("base64url"), ciphertext.toString("base64url")].join(":");
}

export function decryptSecret(envelope: string, key: Buffer): string {
  const [version, iv, tag, ciphertext] = envelope.split(":");
  if (version !== VERSION || iv === undefined || tag === undefined || ciphertext === undefined) {
    throw new Error("Unrecognised secret format");
  }
  const ivBytes = Buffer.from(iv, "base64url");
  const tagBytes = Buffer.from(tag, "base64url");
  if (ivBytes.length !== IV_BYTES) throw new Error("Unrecognised secret format: the IV must be 12 bytes");
  if (tagBytes.length !== TAG_BYTES)
    throw new Error("Unrecognised secret format: the authentication tag must be 16 bytes");
  const decipher = createDecipheriv("aes-256-gcm", key, ivBytes, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tagBytes);
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}
