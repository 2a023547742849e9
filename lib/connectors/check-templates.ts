// Checking a connector's templates against variables without sending anything: which names are missing. Runs the
// same builder a real call runs (with secrets left out: they hold no templates), so the answer cannot drift from
// what a delivery would do. Used when publishing (unrenderable deliveries are told, not queued), when saving a
// connector, subscription or trigger action (warnings), and by Preview.
import type { Connector } from "../generated/prisma/client";
import { TemplateError } from "../templates";
import { buildConnectorRequest } from "./build-request";
import { readStoredHeaders, readStoredParams } from "./stored-connector";

export type TemplateColumns = Pick<
  Connector,
  "url" | "method" | "bodyType" | "bodyTemplate" | "headers" | "queryParams"
>;

/** Event deliveries send the payload itself unless the connector (or the action) has a body template of its own. */
export const EVENT_BODY_TEMPLATE = "{{payload}}";

export function deliveryBodyTemplate(
  kind: string,
  actionTemplate: string | null | undefined,
  connectorTemplate: string | null,
): string | null {
  return actionTemplate ?? connectorTemplate ?? (kind === "event" ? EVENT_BODY_TEMPLATE : null);
}

/** The variables the connector's URL, query, headers and body need but `variables` lacks; [] when it renders. */
export function missingTemplateVariables(
  connector: TemplateColumns,
  variables: unknown,
  options: { kind: string; actionTemplate?: string | null },
): string[] {
  try {
    buildConnectorRequest(
      {
        url: connector.url,
        method: connector.method,
        bodyType: connector.bodyType,
        bodyTemplate: deliveryBodyTemplate(options.kind, options.actionTemplate, connector.bodyTemplate),
        auth: { type: "none" },
        headers: readStoredHeaders(connector.headers).map((header) => ({
          name: header.name,
          value: header.secret ? "" : (header.value ?? ""),
          secret: header.secret,
        })),
        queryParams: readStoredParams(connector.queryParams).map((param) => ({
          name: param.name,
          value: param.secret ? "" : (param.value ?? ""),
          secret: param.secret,
        })),
        timeoutMs: 1,
        followRedirects: false,
        signingSecrets: [],
      },
      variables,
      "msg_check",
      [],
    );
    return [];
  } catch (error) {
    if (error instanceof TemplateError) return error.missing;
    throw error;
  }
}
