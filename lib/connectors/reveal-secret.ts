// Admin-only: shows one stored secret in plaintext, and leaves an audit entry saying who looked at which one.
import { AppError } from "../core/errors";
import type { Principal } from "../core/principal";
import { writeAudit } from "../audit/write-audit";
import { decrypt } from "../crypto/secret-key";
import { findConnectorWithSecrets } from "./connector-service";
import type { RevealSecretInput } from "./schema";
import { headerPlainValue, readStoredHeaders, readStoredParams } from "./stored-connector";

export async function revealConnectorSecret(
  principal: Principal,
  id: string,
  input: RevealSecretInput,
  ip: string | null,
): Promise<{ value: string }> {
  if (principal.role !== "admin") throw new AppError("forbidden", "Only administrators can reveal secrets");
  const row = await findConnectorWithSecrets(principal.workspaceId, id);
  let value: string | null = null;
  if (input.field === "auth") {
    value = row.authSecretEnc ? decrypt(row.authSecretEnc) : null;
  } else if (input.field === "header") {
    const header = readStoredHeaders(row.headers).find(
      (item) => item.secret && item.name.toLowerCase() === input.name.toLowerCase(),
    );
    value = header ? headerPlainValue(header) : null;
  } else if (input.field === "queryParam") {
    const param = readStoredParams(row.queryParams).find((item) => item.secret && item.name === input.name);
    value = param ? headerPlainValue(param) : null;
  } else if (input.field === "verificationToken") {
    value = row.verificationTokenEnc ? decrypt(row.verificationTokenEnc) : null;
  } else {
    value = row.signingSecretEnc ? decrypt(row.signingSecretEnc) : null;
  }
  if (value === null) throw new AppError("not_found", "This connector has no such secret");
  await writeAudit(principal, {
    action: "connector.secret_revealed",
    targetType: "connector",
    targetId: row.id,
    diff:
      input.field === "header" || input.field === "queryParam"
        ? { field: input.field, name: input.name }
        : { field: input.field },
    ip,
  });
  return { value };
}
