// The only shape a connector leaves the API in: secrets masked (with has* flags), dates as ISO strings.
import { SECRET_MASK } from "../crypto/tokens";
import type { Connector } from "../generated/prisma/client";
import { readStoredHeaders, readStoredParams } from "./stored-connector";

/** Any connector row, with or without the secret columns; they are only used to set the has* flags. */
type ConnectorRow = Omit<
  Connector,
  "authSecretEnc" | "signingSecretEnc" | "previousSigningSecretEnc" | "verificationTokenEnc"
> &
  Partial<Pick<Connector, "authSecretEnc" | "signingSecretEnc" | "verificationTokenEnc">>;

export type ConnectorAuthDto =
  | { type: "none" }
  | { type: "basic"; username: string; password: string; hasPassword: boolean }
  | { type: "bearer"; token: string; hasToken: boolean }
  | { type: "app_secret" }
  | { type: "custom_header"; name: string; value: string; hasValue: boolean };

export interface ConnectorDto {
  id: string;
  name: string;
  description: string;
  url: string;
  method: string;
  bodyType: string;
  bodyTemplate: string | null;
  auth: ConnectorAuthDto;
  headers: { name: string; value: string; secret: boolean }[];
  queryParams: { name: string; value: string; secret: boolean }[];
  timeoutMs: number;
  followRedirects: boolean;
  enabled: boolean;
  disabledReason: string | null;
  notifyOnFailure: boolean;
  hasSigningSecret: boolean;
  hasVerificationToken: boolean;
  lastStatus: number | null;
  lastResultAt: string | null;
  lastSuccessAt: string | null;
  lastError: { date: string; message: string } | null;
  createdAt: string;
  updatedAt: string;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function authDto(row: ConnectorRow): ConnectorAuthDto {
  // Secret columns may be absent (default reads omit them); a connector of these types always has a secret.
  const has = row.authSecretEnc === undefined ? true : Boolean(row.authSecretEnc);
  const masked = has ? SECRET_MASK : "";
  switch (row.authType) {
    case "basic":
      return { type: "basic", username: row.authUsername ?? "", password: masked, hasPassword: has };
    case "bearer":
      return { type: "bearer", token: masked, hasToken: has };
    case "custom_header":
      return { type: "custom_header", name: row.authHeaderName ?? "", value: masked, hasValue: has };
    case "app_secret":
      return { type: "app_secret" };
    default:
      return { type: "none" };
  }
}

export function serializeConnector(row: ConnectorRow): ConnectorDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    url: row.url,
    method: row.method,
    bodyType: row.bodyType,
    bodyTemplate: row.bodyTemplate,
    auth: authDto(row),
    headers: readStoredHeaders(row.headers).map((header) => ({
      name: header.name,
      value: header.secret ? SECRET_MASK : (header.value ?? ""),
      secret: header.secret,
    })),
    queryParams: readStoredParams(row.queryParams).map((param) => ({
      name: param.name,
      value: param.secret ? SECRET_MASK : (param.value ?? ""),
      secret: param.secret,
    })),
    timeoutMs: row.timeoutMs,
    followRedirects: row.followRedirects,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    notifyOnFailure: row.notifyOnFailure,
    hasSigningSecret: Boolean(row.signingSecretEnc),
    hasVerificationToken: Boolean(row.verificationTokenEnc),
    lastStatus: row.lastStatus,
    lastResultAt: iso(row.lastResultAt),
    lastSuccessAt: iso(row.lastSuccessAt),
    lastError: row.lastErrorAt ? { date: row.lastErrorAt.toISOString(), message: row.lastErrorMessage ?? "" } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
