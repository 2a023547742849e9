// Where the key for secrets at rest comes from: SWITCHBOARD_SECRET_KEY, or (outside production) a key generated
// once into <data dir>/secret.key so that restarts can still read what was stored.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../env";
import { decryptSecret, encryptSecret, parseSecretKey } from "./encryption";

let cachedKey: Buffer | undefined;

export function secretKey(): Buffer {
  if (cachedKey) return cachedKey;
  const config = env();
  if (config.SWITCHBOARD_SECRET_KEY) {
    cachedKey = parseSecretKey(config.SWITCHBOARD_SECRET_KEY);
    return cachedKey;
  }
  if (config.NODE_ENV === "production") {
    throw new Error("SWITCHBOARD_SECRET_KEY is required in production (32 bytes, hex or base64)");
  }
  cachedKey = parseSecretKey(readOrCreateKeyFile(path.resolve(config.SWITCHBOARD_DATA_DIR, "secret.key")));
  return cachedKey;
}

function readOrCreateKeyFile(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const generated = randomBytes(32).toString("hex");
    // wx: when two processes race, the second fails and reads what the first wrote.
    try {
      writeFileSync(file, generated + "\n", { mode: 0o600, flag: "wx" });
      return generated;
    } catch {
      return readFileSync(file, "utf8");
    }
  }
}

export const encrypt = (plaintext: string) => encryptSecret(plaintext, secretKey());
export const decrypt = (envelope: string) => decryptSecret(envelope, secretKey());
