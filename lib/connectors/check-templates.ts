// Checking a connector's templates against variables without sending anything: which names are missing. Runs the
// same builder a real call runs (with secrets left out: they hold no templates), so the answer cannot drift from
// what a delivery would do. Used when publishing (unrenderable deliveries are told, not queued), when saving a
// connector, subscription or trigger action (warnings), and by Preview.
import type { Connector } from "../generated/prisma/client";
import { lookupPath, templateVariables, TemplateError } from "../templates";
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

type MissingCheck = (variables: unknown) => string[];

const checks = new WeakMap<TemplateColumns, Map<string, MissingCheck>>();

/**
 * `missingTemplateVariables` for one connector, to be called for many variables (every publish to its
 * subscribers): which names a build resolves, and in what order, depends only on the templates as long as the URL
 * holds no placeholder (a rendered URL that does not parse skips the query parameters), so they are found once,
 * by a build against no variables at all (every name missing, in the order a build meets them), and each call only
 * looks them up. A URL with placeholders builds each time. Keyed by the connector object: for connectors that are
 * not changed in place (the publish plan's, replaced whole when a connector changes).
 */
export function missingVariablesCheck(
  connector: TemplateColumns,
  options: { kind: string; actionTemplate?: string | null },
): MissingCheck {
  let byOptions = checks.get(connector);
  if (!byOptions) checks.set(connector, (byOptions = new Map()));
  const key = `${options.kind}\n${options.actionTemplate ?? ""}`;
  let check = byOptions.get(key);
  if (!check) {
    if (templateVariables(connector.url).length > 0) {
      check = (variables) => missingTemplateVariables(connector, variables, options);
    } else {
      const names = missingTemplateVariables(connector, {}, options);
      check = (variables) => names.filter((name) => !lookupPath(variables, name).found);
    }
    byOptions.set(key, check);
  }
  return check;
}
