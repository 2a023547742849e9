// The connector as the form holds it, not saved: its request recipe, ready to build (for the form's Test button).
// Editing, fields and secrets left out or masked come from the stored connector; creating, the typed fields go
// through the same encrypt → decrypt path as a saved connector, so both build identical requests.
import { z } from "zod";
import { validationError } from "../core/errors";
import type { Connector } from "../generated/prisma/client";
import type { ResolvedConnector } from "./build-request";
import { findConnectorWithSecrets } from "./connector-service";
import { resolveConnector } from "./resolve-connector";
import { createConnectorSchema, updateConnectorSchema } from "./schema";
import {
  readStoredHeaders,
  readStoredParams,
  requestColumnsFromInput,
  toStoredAuth,
  toStoredHeaders,
  toStoredParams,
} from "./stored-connector";

export interface UnsavedConnector {
  resolved: ResolvedConnector;
  /** What {{connector.*}} names: the stored id when editing, none when creating. */
  identity: { id: string | null; name: string };
}

export async function resolveUnsavedConnector(
  workspaceId: string,
  connectorId: string | undefined,
  input: unknown,
): Promise<UnsavedConnector> {
  if (connectorId) {
    const stored = await findConnectorWithSecrets(workspaceId, connectorId);
    const parsed = z.object({ connector: updateConnectorSchema }).safeParse({ connector: input });
    if (!parsed.success) throw validationError(parsed.error, "request body");
    const typed = parsed.data.connector;
    const merged: Connector = {
      ...stored,
      ...definedOnly({
        url: typed.url,
        method: typed.method,
        bodyType: typed.bodyType,
        bodyTemplate: typed.bodyTemplate,
        timeoutMs: typed.timeoutMs,
        followRedirects: typed.followRedirects,
      }),
      ...(typed.auth ? toStoredAuth(typed.auth, stored) : {}),
      ...(typed.headers ? { headers: toStoredHeaders(typed.headers, readStoredHeaders(stored.headers)) } : {}),
      ...(typed.queryParams
        ? { queryParams: toStoredParams(typed.queryParams, readStoredParams(stored.queryParams)) }
        : {}),
    };
    return { resolved: await resolveConnector(merged), identity: { id: stored.id, name: typed.name ?? stored.name } };
  }
  const parsed = z.object({ connector: createConnectorSchema }).safeParse({ connector: input });
  if (!parsed.success) throw validationError(parsed.error, "request body");
  const typed = parsed.data.connector;
  const resolved = await resolveConnector({
    workspaceId,
    ...requestColumnsFromInput(typed),
    signingSecretEnc: null,
    previousSigningSecretEnc: null,
    previousSigningSecretExpiresAt: null,
  });
  return { resolved, identity: { id: null, name: typed.name } };
}

function definedOnly<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
