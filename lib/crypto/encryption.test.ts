import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, parseSecretKey } from "./encryption";

const key = randomBytes(32);

describe("secrets at rest", () => {
  it("round-trips and never stores the plaintext", () => {
    const envelope = encryptSecret("hunter2-password", key);
    expect(envelope.startsWith("v1:")).toBe(true);
    expect(envelope).not.toContain("hunter2");
    expect(decryptSecret(envelope, key)).toBe("hunter2-password");
  });

  it("uses a fresh IV each time", () => {
    expect(encryptSecret("same", key)).not.toBe(encryptSecret("same", key));
  });

  it("rejects a tampered ciphertext or a wrong key", () => {
    const envelope = encryptSecret("secret", key);
    const parts = envelope.split(":");
    parts[3] = Buffer.from("tampered").toString("base64url");
    expect(() => decryptSecret(parts.join(":"), key)).toThrow();
    expect(() => decryptSecret(envelope, randomBytes(32))).toThrow();
  });

  it("rejects unknown versions and malformed keys", () => {
    expect(() => decryptSecret("v0:a:b:c", key)).toThrow(/Unrecognised/);
    expect(() => parseSecretKey("abc")).toThrow(/32 bytes/);
    expect(parseSecretKey("ab".repeat(32))).toHaveLength(32);
  });
});

describe("the GCM tag length is pinned to 16 bytes", () => {
  it.each([4, 8, 12, 15])("refuses an envelope whose tag was cut to %i bytes", (bytes) => {
    const [version, iv, tag, ciphertext] = encryptSecret("secret", key).split(":");
    const cut = Buffer.from(tag!, "base64url").subarray(0, bytes).toString("base64url");
    expect(() => decryptSecret([version, iv, cut, ciphertext].join(":"), key)).toThrow(/tag/i);
  });

  it("refuses an IV that is not 12 bytes", () => {
    const [version, , tag, ciphertext] = encryptSecret("secret", key).split(":");
    expect(() =>
      decryptSecret([version, randomBytes(16).toString("base64url"), tag, ciphertext].join(":"), key),
    ).toThrow();
  });
});
