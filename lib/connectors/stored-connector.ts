// How connector secrets live in the database (encrypted; headers and query parameters as JSON with valueEnc for
// secret values) and the
// two conversions around it: input → columns (keeping stored secrets the input left masked) and row → plaintext
// for the one moment a request is built.
import { z } from "zod";
import { AppError, type FieldIssue } from "../core/errors";
import { decrypt, encrypt } from "../crypto/secret-key";
import { SECRET_MASK } from "../crypto/tokens";
import type { AuthType } from "../generated/prisma/enums";
import type { ConnectorAuthInput, CreateConnectorInput } from "./schema";

/** Prisma `omit` override that reads the secret columns lib/db/index.ts hides by default. */
export const WITH_SECRETS = {
  authSecretEnc: false,
  signingSecretEnc: false,
  previousSigningSecretEnc: false,
  verificationTokenEnc: false,
} as const;

const storedHeaderSchema = z.object({
  name: z.string(),
  secret: z.boolean().default(false),
  value: z.string().optional(),
  valueEnc: z.string().optional(),
});
export type StoredHeader = z.infer<typeof storedHeaderSchema>;

// Same shape as a header: rows written before parameters could be secret ({name, value}) read as not secret.
const storedParamSchema = storedHeaderSchema;
export type StoredParam = StoredHeader;

/** JSON columns are trusted only after parsing: a hand-edited row must not crash the executor. */
export function readStoredHeaders(json: unknown): StoredHeader[] {
  const parsed = z.array(storedHeaderSchema).safeParse(json);
  return parsed.success ? parsed.data : [];
}

export function readStoredParams(json: unknown): StoredParam[] {
  const parsed = z.array(storedParamSchema).safeParse(json);
  return parsed.success ? parsed.data : [];
}

export interface StoredAuth {
  authType: AuthType;
  authUsername: string | null;
  authHeaderName: string | null;
  authSecretEnc: string | null;
}

const isKept = (value: string | undefined) => value === undefined || value === SECRET_MASK;

function missingSecret(path: string, message: string): AppError {
  return new AppError("validation_failed", `Invalid request body: ${path}: ${message}`, [{ path, message }]);
}

export function toStoredAuth(auth: ConnectorAuthInput, stored: StoredAuth | null): StoredAuth {
  const keepSecret = (value: string | undefined, path: string, label: string) => {
    if (!isKept(value)) return encrypt(value!);
    if (stored && stored.authType === auth.type && stored.authSecretEnc) return stored.authSecretEnc;
    throw missingSecret(path, `${label} is required`);
  };
  switch (auth.type) {
    case "none":
    case "app_secret":
      return { authType: auth.type, authUsername: null, authHeaderName: null, authSecretEnc: null };
    case "basic":
      return {
        authType: "basic",
        authUsername: auth.username,
        authHeaderName: null,
        authSecretEnc: keepSecret(auth.password, "auth.password", "Password"),
      };
    case "bearer":
      return {
        authType: "bearer",
        authUsername: null,
        authHeaderName: null,
        authSecretEnc: keepSecret(auth.token, "auth.token", "Token"),
      };
    case "custom_header":
      return {
        authType: "custom_header",
        authUsername: null,
        authHeaderName: auth.name,
        authSecretEnc: keepSecret(auth.value, "auth.value", "Value"),
      };
  }
}

type NamedValueInput = ReadonlyArray<{ name: string; value: string; secret?: boolean }>;

/**
 * Name/value rows → stored rows: secret values encrypted, a secret sent back as the mask keeps the stored value of
 * the same name. Header names match case-insensitively, query parameter names exactly (they are case-sensitive).
 */
function toStoredNamedValues(
  items: NamedValueInput,
  stored: StoredHeader[],
  field: "headers" | "queryParams",
): StoredHeader[] {
  const sameName =
    field === "headers"
      ? (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
      : (a: string, b: string) => a === b;
  const issues: FieldIssue[] = [];
  const result = items.map((item, index): StoredHeader => {
    if (!item.secret) return { name: item.name, value: item.value, secret: false };
    if (item.value !== SECRET_MASK) return { name: item.name, valueEnc: encrypt(item.value), secret: true };
    const previous = stored.find((old) => old.secret && old.valueEnc && sameName(old.name, item.name));
    if (previous) return { name: item.name, valueEnc: previous.valueEnc, secret: true };
    issues.push({ path: `${field}.${index}.value`, message: "Enter the secret value" });
    return { name: item.name, secret: true };
  });
  if (issues.length > 0)
    throw new AppError("validation_failed", `Invalid request body: ${issues[0]!.path}: ${issues[0]!.message}`, issues);
  return result;
}

export function toStoredHeaders(headers: NamedValueInput, stored: StoredHeader[]): StoredHeader[] {
  return toStoredNamedValues(headers, stored, "headers");
}

export function toStoredParams(params: NamedValueInput, stored: StoredParam[]): StoredParam[] {
  return toStoredNamedValues(params, stored, "queryParams");
}

/** Plaintext header (or query parameter) values, for building a request or revealing one. */
export function headerPlainValue(header: StoredHeader): string {
  if (header.secret) return header.valueEnc ? decrypt(header.valueEnc) : "";
  return header.value ?? "";
}

/** The columns a request is built from, for new input: a connector being created or tested before it is saved. */
export function requestColumnsFromInput(input: CreateConnectorInput) {
  return {
    url: input.url,
    method: input.method,
    bodyType: input.bodyType,
    bodyTemplate: input.bodyTemplate,
    ...toStoredAuth(input.auth, null),
    headers: toStoredHeaders(input.headers, []),
    queryParams: toStoredParams(input.queryParams, []),
    timeoutMs: input.timeoutMs,
    followRedirects: input.followRedirects,
  };
}
