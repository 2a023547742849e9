// A connector row (read WITH_SECRETS) with its secrets decrypted, ready for buildConnectorRequest. Plaintext lives
// only in the returned object, for the duration of one call.
import { decrypt } from "../crypto/secret-key";
import { activeSigningSecrets } from "./event-settings";
import type { Connector } from "../generated/prisma/client";
import { workspaceAppSecret } from "../workspaces/app-secret";
import type { ResolvedAuth, ResolvedConnector } from "./build-request";
import { headerPlainValue, readStoredHeaders, readStoredParams } from "./stored-connector";

/** The columns a request is built from (an unsaved connector from the form has just these). */
export type ResolvableConnector = Pick<
  Connector,
  | "workspaceId"
  | "url"
  | "method"
  | "bodyType"
  | "bodyTemplate"
  | "authType"
  | "authUsername"
  | "authHeaderName"
  | "authSecretEnc"
  | "headers"
  | "queryParams"
  | "timeoutMs"
  | "followRedirects"
  | "signingSecretEnc"
  | "previousSigningSecretEnc"
  | "previousSigningSecretExpiresAt"
> &
  // The /api/webhooks verification token: absent on an unsaved connector from the form.
  Partial<Pick<Connector, "verificationTokenEnc">>;

export async function resolveConnector(row: ResolvableConnector): Promise<ResolvedConnector> {
  const secret = () => (row.authSecretEnc ? decrypt(row.authSecretEnc) : "");
  let auth: ResolvedAuth;
  switch (row.authType) {
    case "basic":
      auth = { type: "basic", username: row.authUsername ?? "", password: secret() };
      break;
    case "bearer":
      auth = { type: "bearer", token: secret() };
      break;
    case "custom_header":
      auth = { type: "custom_header", name: row.authHeaderName ?? "X-Api-Key", value: secret() };
      break;
    case "app_secret":
      auth = { type: "app_secret", appSecret: await workspaceAppSecret(row.workspaceId) };
      break;
    default:
      auth = { type: "none" };
  }
  const signingSecrets = activeSigningSecrets(row);
  return {
    url: row.url,
    method: row.method,
    bodyType: row.bodyType,
    bodyTemplate: row.bodyTemplate,
    auth,
    headers: readStoredHeaders(row.headers).map((header) => ({
      name: header.name,
      value: headerPlainValue(header),
      secret: header.secret,
    })),
    queryParams: readStoredParams(row.queryParams).map((param) => ({
      name: param.name,
      value: headerPlainValue(param),
      secret: param.secret,
    })),
    timeoutMs: row.timeoutMs,
    followRedirects: row.followRedirects,
    signingSecrets,
    verificationToken: row.verificationTokenEnc ? decrypt(row.verificationTokenEnc) : null,
  };
}
