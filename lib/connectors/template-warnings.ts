// Checked before sent: a connector's templates against what it will be called with — each subscribed event type's
// sample payload, and for each trigger action the trigger's last accepted body. The answer is a list of warnings
// (which variables would be missing, and for what), returned when a connector, its subscriptions or a trigger's
// actions are saved: the save goes through, the user decides.
import type { z } from "zod";
import { db } from "../db";
import { storedBodyValue } from "../inbound/received-body";
import { callVariables, eventCallContext } from "../variables";
import { missingTemplateVariables, type TemplateColumns } from "./check-templates";
import type { templateWarningSchema } from "./template-warning-schema";

/** The answers' documented shape (lib/connectors/template-warning-schema.ts) is the type. */
export type TemplateWarning = z.infer<typeof templateWarningSchema>;

const templateColumns = {
  id: true,
  name: true,
  url: true,
  method: true,
  bodyType: true,
  bodyTemplate: true,
  headers: true,
  queryParams: true,
} as const;

/** Warnings for one connector: its subscriptions' samples and the trigger actions that call it. */
export async function connectorTemplateWarnings(workspaceId: string, connectorId: string): Promise<TemplateWarning[]> {
  const connector = await db().connector.findFirst({
    where: { id: connectorId, workspaceId },
    select: {
      ...templateColumns,
      subscriptions: { select: { eventType: { select: { id: true, key: true, samplePayload: true } } } },
      triggerActions: { select: { bodyTemplate: true, triggerId: true } },
    },
  });
  if (!connector) return [];
  const warnings: TemplateWarning[] = [];
  for (const { eventType } of connector.subscriptions) {
    if (eventType.samplePayload === null) continue;
    const missing = checkAgainstSample(connector, eventType.key, eventType.samplePayload);
    if (missing.length > 0) warnings.push(warning("event_type_sample", eventType.key, eventType.id, missing));
  }
  for (const action of connector.triggerActions) {
    warnings.push(
      ...(await triggerActionWarnings(action.triggerId, [{ connector, bodyTemplate: action.bodyTemplate }])),
    );
  }
  return warnings;
}

/** Warnings for a trigger's actions against the trigger's last accepted body (none before its first request). */
export async function triggerTemplateWarnings(workspaceId: string, triggerId: string): Promise<TemplateWarning[]> {
  const actions = await db().triggerAction.findMany({
    where: { triggerId, trigger: { workspaceId } },
    orderBy: { position: "asc" },
    select: { bodyTemplate: true, connector: { select: templateColumns } },
  });
  return triggerActionWarnings(triggerId, actions);
}

async function triggerActionWarnings(
  triggerId: string,
  actions: { connector: TemplateColumns & { id: string; name: string }; bodyTemplate: string | null }[],
): Promise<TemplateWarning[]> {
  if (actions.length === 0) return [];
  const [trigger, last] = await Promise.all([
    db().trigger.findUnique({
      where: { id: triggerId },
      select: { id: true, name: true, slug: true, headerVariable: true, bodyVariable: true },
    }),
    db().event.findFirst({
      where: { triggerId, responseStatus: { lt: 300 } },
      orderBy: { receivedAt: "desc" },
      select: {
        id: true,
        type: true,
        source: true,
        receivedAt: true,
        method: true,
        headers: true,
        query: true,
        body: true,
        rawBody: true,
        rawBytes: true,
        bodyRawOnly: true,
        contentType: true,
      },
    }),
  ]);
  if (!trigger || !last) return [];
  const context = eventCallContext({ ...last, body: storedBodyValue(last) }, { trigger });
  return actions.flatMap(({ connector, bodyTemplate }) => {
    const variables = callVariables(context, { connector, rawBody: last.rawBody, contentType: last.contentType });
    const missing = missingTemplateVariables(connector, variables, {
      kind: "trigger_action",
      actionTemplate: bodyTemplate,
    });
    return missing.length > 0 ? [warning("trigger_last_event", trigger.name, trigger.id, missing, connector.name)] : [];
  });
}

function checkAgainstSample(
  connector: TemplateColumns & { id: string; name: string },
  type: string,
  sample: unknown,
): string[] {
  const context = eventCallContext({
    id: "sample",
    type,
    source: "api",
    receivedAt: new Date(),
    method: null,
    headers: {},
    query: {},
    body: sample,
  });
  return missingTemplateVariables(connector, callVariables(context, { connector }), { kind: "event" });
}

function warning(
  against: TemplateWarning["against"],
  name: string,
  id: string,
  missing: string[],
  connectorName?: string,
): TemplateWarning {
  const what =
    against === "event_type_sample" ? `the sample payload of ${name}` : `the last request trigger ${name} received`;
  const who = connectorName ? `${connectorName}: ` : "";
  return {
    against,
    name,
    id,
    missing,
    message: `${who}${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing in ${what}`,
  };
}
