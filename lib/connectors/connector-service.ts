// Connector CRUD for the API, the compatibility routes and (through them) the UI: workspace-scoped, secrets
// encrypted on the way in and masked on the way out, every change audited with secrets masked.
import { z } from "zod";
import { AppError, notFound, type FieldIssue } from "../core/errors";
import { toPage } from "../core/pagination";
import type { Principal } from "../core/principal";
import { writeAudit } from "../audit/write-audit";
import { db } from "../db";
import { generateSigningSecret } from "../crypto/standard-webhooks";
import { encrypt } from "../crypto/secret-key";
import { SECRET_MASK } from "../crypto/tokens";
import type { Connector, Prisma } from "../generated/prisma/client";
import { headerIssues } from "./header-rules";
import {
  bodyTemplateProblem,
  type ConnectorAuthInput,
  type CreateConnectorInput,
  type ListConnectorsQuery,
  type UpdateConnectorInput,
} from "./schema";
import { serializeConnector, type ConnectorDto } from "./serialize-connector";
import { connectorTemplateWarnings, type TemplateWarning } from "./template-warnings";
import {
  readStoredHeaders,
  readStoredParams,
  requestColumnsFromInput,
  toStoredAuth,
  toStoredHeaders,
  toStoredParams,
  WITH_SECRETS,
} from "./stored-connector";

/** Extra columns only the /api/webhooks compatibility shape sets: undefined keeps, null clears. */
export interface ConnectorExtras {
  verificationToken?: string | null;
}

/** Reads a connector of the workspace with its secret columns; 404 for unknown ids and malformed ones alike. */
export async function findConnectorWithSecrets(workspaceId: string, id: string): Promise<Connector> {
  if (!z.uuid().safeParse(id).success) throw notFound("Connector");
  const row = await db().connector.findFirst({ where: { id, workspaceId }, omit: WITH_SECRETS });
  if (!row) throw notFound("Connector");
  return row;
}

export async function listConnectors(workspaceId: string, query: ListConnectorsQuery) {
  const where: Prisma.ConnectorWhereInput = {
    workspaceId,
    ...(query.enabled === undefined ? {} : { enabled: query.enabled }),
    ...(query.authType ? { authType: query.authType } : {}),
    ...(query.q
      ? {
          OR: [
            { name: { contains: query.q, mode: "insensitive" } },
            { url: { contains: query.q, mode: "insensitive" } },
            { description: { contains: query.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(query.cursor ? { id: { lt: query.cursor } } : {}),
  };
  const rows = await db().connector.findMany({
    where,
    orderBy: { id: "desc" },
    take: query.limit + 1,
    omit: WITH_SECRETS,
  });
  const page = toPage(rows, query.limit);
  return { data: page.data.map(serializeConnector), nextCursor: page.nextCursor };
}

export async function getConnector(workspaceId: string, id: string): Promise<ConnectorDto> {
  return serializeConnector(await findConnectorWithSecrets(workspaceId, id));
}

export async function createConnector(
  principal: Principal,
  input: CreateConnectorInput,
  ip: string | null,
  extras: ConnectorExtras = {},
): Promise<ConnectorDto> {
  const row = await db().connector.create({
    data: {
      workspaceId: principal.workspaceId,
      name: input.name,
      description: input.description,
      ...requestColumnsFromInput(input),
      enabled: input.enabled,
      notifyOnFailure: input.notifyOnFailure,
      verificationTokenEnc: extras.verificationToken ? encrypt(extras.verificationToken) : null,
      // Every connector signs from the start (Standard Webhooks), so receivers can verify without a setup step.
      signingSecretEnc: encrypt(generateSigningSecret()),
    },
    omit: WITH_SECRETS,
  });
  const dto = serializeConnector(row);
  await writeAudit(principal, {
    action: "connector.created",
    targetType: "connector",
    targetId: row.id,
    diff: toAuditJson(dto),
    ip,
  });
  return dto;
}

export async function updateConnector(
  principal: Principal,
  id: string,
  input: UpdateConnectorInput,
  ip: string | null,
  extras: ConnectorExtras = {},
): Promise<ConnectorDto & { warnings: TemplateWarning[] }> {
  const stored = await findConnectorWithSecrets(principal.workspaceId, id);
  const storedHeaders = readStoredHeaders(stored.headers);
  assertConsistentWithStored(input, stored, storedHeaders);

  const data: Prisma.ConnectorUpdateInput = {
    name: input.name,
    description: input.description,
    url: input.url,
    method: input.method,
    bodyType: input.bodyType,
    bodyTemplate: input.bodyTemplate,
    ...(input.auth ? toStoredAuth(input.auth, stored) : {}),
    ...(input.headers ? { headers: toStoredHeaders(input.headers, storedHeaders) } : {}),
    ...(input.queryParams
      ? { queryParams: toStoredParams(input.queryParams, readStoredParams(stored.queryParams)) }
      : {}),
    timeoutMs: input.timeoutMs,
    followRedirects: input.followRedirects,
    enabled: input.enabled,
    notifyOnFailure: input.notifyOnFailure,
    // Re-enabling by hand clears the reason it was switched off.
    ...(input.enabled === true ? { disabledReason: null } : {}),
    ...verificationTokenUpdate(extras.verificationToken),
  };
  const row = await db().connector.update({ where: { id: stored.id }, data, omit: WITH_SECRETS });
  await writeAudit(principal, {
    action: "connector.updated",
    targetType: "connector",
    targetId: row.id,
    diff: toAuditJson({ changed: Object.keys(input), after: maskInput(input) }),
    ip,
  });
  return { ...serializeConnector(row), warnings: await connectorTemplateWarnings(principal.workspaceId, row.id) };
}

export async function deleteConnector(principal: Principal, id: string, ip: string | null): Promise<void> {
  const stored = await findConnectorWithSecrets(principal.workspaceId, id);
  await db().connector.delete({ where: { id: stored.id } });
  await writeAudit(principal, {
    action: "connector.deleted",
    targetType: "connector",
    targetId: stored.id,
    diff: { name: stored.name, url: stored.url },
    ip,
  });
}

function verificationTokenUpdate(token: string | null | undefined): Prisma.ConnectorUpdateInput {
  if (token === undefined || token === SECRET_MASK) return {};
  return { verificationTokenEnc: token ? encrypt(token) : null };
}

/** A partial update is checked against what it leaves in place (headers vs. a stored auth type, body vs. type). */
function assertConsistentWithStored(input: UpdateConnectorInput, stored: Connector, storedHeaders: { name: string }[]) {
  const issues: FieldIssue[] = [];
  const auth = input.auth ?? storedAuthShape(stored);
  const headers = input.headers ?? storedHeaders;
  for (const issue of headerIssues(headers, auth)) {
    issues.push({ path: input.headers ? `headers.${issue.index}.name` : "auth.type", message: issue.message });
  }
  const bodyType = input.bodyType ?? stored.bodyType;
  const bodyTemplate = input.bodyTemplate === undefined ? stored.bodyTemplate : input.bodyTemplate;
  if ((input.bodyType !== undefined || input.bodyTemplate !== undefined) && bodyTemplate) {
    const problem = bodyTemplateProblem(bodyType, bodyTemplate);
    if (problem)
      issues.push({ path: input.bodyTemplate !== undefined ? "bodyTemplate" : "bodyType", message: problem });
  }
  if (issues.length > 0) {
    throw new AppError("validation_failed", `Invalid request body: ${issues[0]!.path}: ${issues[0]!.message}`, issues);
  }
}

function storedAuthShape(stored: Connector): { type: string; name?: string } {
  return stored.authType === "custom_header"
    ? { type: "custom_header", name: stored.authHeaderName ?? "" }
    : { type: stored.authType };
}

/** The input as the audit log keeps it: secret values replaced by the mask. */
export function maskInput(input: UpdateConnectorInput): Record<string, unknown> {
  const masked: Record<string, unknown> = { ...input };
  if (input.auth) masked.auth = maskAuth(input.auth);
  if (input.headers)
    masked.headers = input.headers.map((header) => (header.secret ? { ...header, value: SECRET_MASK } : header));
  if (input.queryParams)
    masked.queryParams = input.queryParams.map((param) => (param.secret ? { ...param, value: SECRET_MASK } : param));
  return masked;
}

function maskAuth(auth: ConnectorAuthInput): Record<string, unknown> {
  switch (auth.type) {
    case "basic":
      return { ...auth, password: SECRET_MASK };
    case "bearer":
      return { ...auth, token: SECRET_MASK };
    case "custom_header":
      return { ...auth, value: SECRET_MASK };
    default:
      return auth;
  }
}

function toAuditJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
