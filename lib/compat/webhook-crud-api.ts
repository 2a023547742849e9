// The /api/webhooks compatibility shape (../shared/seeds/webhook-crud-api.txt) over the same Connector rows the UI
// shows: {name, url, token, headers[{name,value}], auth{username,password}, error{date,message}}. The token is the
// connector's verification token (checked with a challenge request when set, lib/compat/verify-webhook-url.ts, and
// sent on every call as X-Webhook-Token); auth is Basic auth. Secrets come back masked; sending the mask back keeps
// them.
import { z } from "zod";
import { validationError } from "../core/errors";
import type { Principal } from "../core/principal";
import { db } from "../db";
import { SECRET_MASK } from "../crypto/tokens";
import {
  createConnector,
  deleteConnector,
  findConnectorWithSecrets,
  updateConnector,
} from "../connectors/connector-service";
import {
  createConnectorSchema,
  headerNameSchema,
  updateConnectorSchema,
  type UpdateConnectorInput,
} from "../connectors/schema";
import { readStoredHeaders } from "../connectors/stored-connector";
import { decrypt } from "../crypto/secret-key";
import { outboundAllowlist } from "../network/network-settings";
import { verifyWebhookUrl } from "./verify-webhook-url";

const compatHeaderSchema = z.object({
  name: headerNameSchema,
  value: z.string().min(1, "Header value is required").max(1024, "Header value must be at most 1024 characters"),
});

// The documented example creates with token "" and auth {}: empty means "not set", so only the upper limits bind.
export const compatWebhookSchema = z.object({
  name: z.string().min(1, "Name is required").max(1024, "Name must be at most 1024 characters"),
  url: z.string().min(1, "URL is required").max(2048),
  token: z.string().max(1024, "Token must be at most 1024 characters").optional(),
  headers: z.array(compatHeaderSchema).max(99, "At most 99 headers").optional(),
  auth: z
    .object({
      username: z.string().max(1024, "Username must be at most 1024 characters").optional(),
      password: z.string().max(1024, "Password must be at most 1024 characters").optional(),
    })
    .optional(),
});
export const compatWebhookUpdateSchema = compatWebhookSchema.partial();
type CompatWebhook = z.infer<typeof compatWebhookSchema>;

export interface CompatWriteResult {
  id: string;
  timestamp: string;
  status: { code: 200; type: "success" };
}

const written = (id: string): CompatWriteResult => ({
  id,
  timestamp: new Date().toISOString(),
  status: { code: 200, type: "success" },
});

function compatAuth(auth: CompatWebhook["auth"]) {
  if (!auth?.username) return { type: "none" as const };
  return { type: "basic" as const, username: auth.username, password: auth.password || undefined };
}

export async function listCompatWebhooks(workspaceId: string) {
  const rows = await db().connector.findMany({
    where: { workspaceId },
    orderBy: { id: "asc" },
    select: { id: true, name: true, url: true, lastErrorMessage: true },
  });
  return rows.map((row) => ({ id: row.id, name: row.name, url: row.url, error: row.lastErrorMessage ?? "" }));
}

export async function getCompatWebhook(workspaceId: string, id: string) {
  const row = await findConnectorWithSecrets(workspaceId, id);
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    token: row.verificationTokenEnc ? SECRET_MASK : "",
    headers: readStoredHeaders(row.headers).map((header) => ({
      name: header.name,
      value: header.secret ? SECRET_MASK : (header.value ?? ""),
    })),
    auth: {
      username: row.authType === "basic" ? (row.authUsername ?? "") : "",
      password: row.authType === "basic" && row.authSecretEnc ? SECRET_MASK : "",
    },
    // Strings as documented ({"date": "2017-12-04T15:06:12.053Z", "message": "timeout of 10000ms exceeded"}); both
    // empty while the webhook has never failed, like the list's "error": "".
    error: { date: row.lastErrorAt?.toISOString() ?? "", message: row.lastErrorMessage ?? "" },
  };
}

export async function createCompatWebhook(principal: Principal, input: CompatWebhook, ip: string | null) {
  const parsed = createConnectorSchema.safeParse({
    name: input.name,
    url: input.url,
    auth: compatAuth(input.auth),
    headers: (input.headers ?? []).map((header) => ({ ...header, secret: false })),
  });
  if (!parsed.success) throw validationError(parsed.error, "request body");
  if (input.token) await verifyWebhookUrl(parsed.data.url, input.token, await outboundAllowlist(principal.workspaceId));
  const connector = await createConnector(principal, parsed.data, ip, { verificationToken: input.token || null });
  return written(connector.id);
}

export async function updateCompatWebhook(
  principal: Principal,
  id: string,
  input: Partial<CompatWebhook>,
  ip: string | null,
) {
  const stored = await findConnectorWithSecrets(principal.workspaceId, id);
  const storedHeaders = readStoredHeaders(stored.headers);
  const candidate: Record<string, unknown> = {};
  if (input.name !== undefined) candidate.name = input.name;
  if (input.url !== undefined) candidate.url = input.url;
  if (input.auth !== undefined) candidate.auth = compatAuth(input.auth);
  if (input.headers !== undefined) {
    // A header read back masked was a secret one: keep it secret (and its stored value) rather than store the mask.
    candidate.headers = input.headers.map((header) => ({
      ...header,
      secret:
        header.value === SECRET_MASK &&
        storedHeaders.some((old) => old.secret && old.name.toLowerCase() === header.name.toLowerCase()),
    }));
  }
  const parsed = updateConnectorSchema.safeParse(candidate);
  if (!parsed.success) throw validationError(parsed.error, "request body");
  const token = input.token === undefined ? undefined : input.token === SECRET_MASK ? undefined : input.token || null;
  // A new URL or a new token is verified again, with the token the webhook will have after the update.
  const finalToken =
    token === undefined ? (stored.verificationTokenEnc ? decrypt(stored.verificationTokenEnc) : null) : token;
  const urlChanged = parsed.data.url !== undefined && parsed.data.url !== stored.url;
  if (finalToken && (urlChanged || token !== undefined)) {
    await verifyWebhookUrl(parsed.data.url ?? stored.url, finalToken, await outboundAllowlist(principal.workspaceId));
  }
  await updateConnector(principal, id, parsed.data as UpdateConnectorInput, ip, { verificationToken: token });
  return written(id);
}

export async function deleteCompatWebhook(principal: Principal, id: string, ip: string | null) {
  await deleteConnector(principal, id, ip);
  return written(id);
}

/** GET /api/webhooks and GET /api/webhooks/{id}, in the documented shapes (for the OpenAPI reference). */
export const compatWebhookListSchema = z
  .array(
    z.object({
      id: z.string(),
      name: z.string(),
      url: z.string(),
      error: z.string().describe("The last failure's message; empty while it never failed"),
    }),
  )
  .meta({ id: "CompatWebhookList" });

export const compatWebhookViewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    url: z.string(),
    token: z.string().describe("•••••••• when set, else empty"),
    headers: z.array(z.object({ name: z.string(), value: z.string().describe("•••••••• for secret headers") })),
    auth: z.object({ username: z.string(), password: z.string().describe("•••••••• when set, else empty") }),
    error: z.object({ date: z.string(), message: z.string() }).describe("The last failure; both empty while none"),
  })
  .meta({ id: "CompatWebhook" });
