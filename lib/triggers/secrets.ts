// A trigger's credentials: generated shared keys, provider secrets, and which of them are active right now.
import { randomBytes } from "node:crypto";
import { decrypt } from "../crypto/secret-key";
import { generateSigningSecret } from "../crypto/standard-webhooks";
import type { TriggerAuthType } from "./verify-request";

/** 32 random bytes, URL-safe: long enough to be unguessable, safe in ?key=. */
export function generateTriggerSecret(authType: TriggerAuthType): string {
  return authType === "standard" ? generateSigningSecret() : randomBytes(32).toString("base64url");
}

export function activeTriggerSecrets(
  row: { secretEnc: string; previousSecretEnc: string | null; previousSecretExpiresAt: Date | null },
  now = new Date(),
): string[] {
  const secrets = [decrypt(row.secretEnc)];
  if (row.previousSecretEnc && row.previousSecretExpiresAt && row.previousSecretExpiresAt > now) {
    secrets.push(decrypt(row.previousSecretEnc));
  }
  return secrets;
}
