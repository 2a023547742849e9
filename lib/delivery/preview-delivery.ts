// Preview: "render this event through this connector". Builds the exact request a delivery would send — URL,
// headers (secrets redacted), body — for a stored event or a sample payload, with the same variable model and the
// same builder as the worker (lib/delivery/connector-runtime.ts), and sends nothing. When the templates cannot
// render, the answer names the missing variables.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { notFound } from "../core/errors";
import type { Principal } from "../core/principal";
import { db } from "../db";
import { exactBody } from "./connector-runtime";
import { messageIdFor } from "../core/ids";
import { exactBodyBytes, storedBodyValue } from "../inbound/received-body";
import { TemplateError } from "../templates";
import { callVariables, eventCallContext, variablePaths, type CallContext } from "../variables";
import { outboundAllowlist } from "../network/network-settings";
import { buildConnectorRequest, type RedactedRequest } from "../connectors/build-request";
import { deliveryBodyTemplate } from "../connectors/check-templates";
import { findConnectorWithSecrets } from "../connectors/connector-service";
import { resolveConnector } from "../connectors/resolve-connector";
import { runContext } from "./execute-connector";
import { runInputShape } from "../connectors/schema";

export const previewConnectorBodySchema = z.object({
  /** A stored event to render; without it, the sample `payload` (as for Test and Execute). */
  eventId: z.string().max(64).optional(),
  ...runInputShape,
});
export type PreviewConnectorInput = z.infer<typeof previewConnectorBodySchema>;

export type PreviewResponse = {
  /** The variables the templates were rendered with, as paths: what a template may name. */
  variables: string[];
  against: { eventId: string | null; source: string; type: string | null };
} & ({ ok: true; request: RedactedRequest } | { ok: false; missing: string[]; message: string });

export async function previewConnector(
  principal: Principal,
  id: string,
  input: PreviewConnectorInput,
): Promise<PreviewResponse> {
  const row = await findConnectorWithSecrets(principal.workspaceId, id);
  const source = input.eventId ? await eventSource(principal.workspaceId, input.eventId, row.id) : null;
  const context: CallContext = source?.context ?? runContext(input, "test");
  const variables = callVariables(context, {
    connector: { id: row.id, name: row.name },
    rawBody: source?.rawBody ?? null,
    contentType: source?.contentType ?? null,
  });
  const kind = source?.kind ?? (input.eventType ? "event" : "manual");
  const resolved = await resolveConnector(row);
  const against = { eventId: context.event.id, source: context.event.source, type: context.event.type };
  const paths = variablePaths(variables);
  try {
    const { redacted } = buildConnectorRequest(
      { ...resolved, bodyTemplate: deliveryBodyTemplate(kind, source?.actionTemplate, resolved.bodyTemplate) },
      variables,
      context.event.id ? messageIdFor(context.event.id) : `msg_${randomUUID().replaceAll("-", "")}`,
      await outboundAllowlist(row.workspaceId),
      source
        ? exactBody(resolved, {
            kind,
            bodyTemplate: source.actionTemplate,
            eventBody: source.bytes,
            eventContentType: source.contentType,
          })
        : undefined,
    );
    return { ok: true, request: redacted, variables: paths, against };
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    return { ok: false, missing: error.missing, message: error.message, variables: paths, against };
  }
}

/** A stored event as its delivery to this connector would see it: its context, raw body and body template. */
async function eventSource(workspaceId: string, eventId: string, connectorId: string) {
  if (!z.uuid().safeParse(eventId).success) throw notFound("Event");
  const event = await db().event.findFirst({
    where: { id: eventId, workspaceId },
    include: {
      trigger: {
        select: {
          id: true,
          name: true,
          slug: true,
          headerVariable: true,
          bodyVariable: true,
          actions: { where: { connectorId }, orderBy: { position: "asc" }, take: 1, select: { bodyTemplate: true } },
        },
      },
      appWebhook: { select: { id: true, action: true, props: true, workspaceId: true } },
    },
  });
  if (!event) throw notFound("Event");
  let actionTemplate: string | null = null;
  if (event.trigger) actionTemplate = event.trigger.actions[0]?.bodyTemplate ?? null;
  if (event.appWebhook) {
    const action = await db().appListenerAction.findFirst({
      where: { connectorId, listener: { workspaceId, name: event.appWebhook.action } },
      orderBy: { position: "asc" },
      select: { bodyTemplate: true },
    });
    actionTemplate = action?.bodyTemplate ?? null;
  }
  // As the worker does: the exact bytes for a call without a body template, and a body jsonb could not hold parsed
  // again from them for templates.
  const bytes = exactBodyBytes(event);
  const context = eventCallContext(
    { ...event, body: storedBodyValue(event) },
    {
      trigger: event.trigger,
      webhook: event.appWebhook
        ? { uuid: event.appWebhook.id, action: event.appWebhook.action, props: event.appWebhook.props }
        : null,
    },
  );
  return {
    context,
    rawBody: event.rawBody,
    bytes,
    contentType: event.contentType,
    actionTemplate,
    kind: event.source === "api" || event.source === "test" ? "event" : "trigger_action",
  };
}
