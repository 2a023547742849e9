"use client";
// One operation of the reference: method, path, who may call it, parameters, request and response schemas, a
// copyable cURL on the reader's origin and a "Try it" form. Native <details> keeps the long list scannable; its
// body is rendered when opened, so the page ships the document once instead of ninety expanded operations.
import { useState } from "react";
import { Badge } from "../ui/badge";
import { CodeBlock } from "../ui/code-block";
import { SchemaView, type SchemaComponents } from "./schema-view";
import { TryIt } from "./try-it";

type Schema = Record<string, unknown>;

export interface DocumentedOperation {
  method: string;
  path: string;
  summary: string;
  description?: string;
  "x-access": string;
  parameters: { name: string; in: string; required: boolean; description?: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema; example?: unknown }> };
  responses: Record<
    string,
    { description?: string; $ref?: string; content?: Record<string, { schema: Schema; example?: unknown }> }
  >;
  "x-codeSamples": { lang: string; label: string; source: string }[];
}

const methodTone = { get: "green", post: "indigo", put: "amber", patch: "amber", delete: "red" } as const;
const accessLabel: Record<string, string> = {
  public: "Public",
  viewer: "Viewer or admin",
  admin: "Admin",
  "admin-token": "Admin API token",
  "trigger-key": "Trigger key or signature",
  "webhook-uuid": "Webhook uuid",
};

/**
 * Why "Try it" cannot call this operation from the page, or null when it can: the session cookie is not the
 * credential of inbound triggers, app webhooks or the admin-token route, and the event stream never ends.
 */
function tryItUnavailable(operation: DocumentedOperation): string | null {
  const access = operation["x-access"];
  if (access === "trigger-key" || access === "webhook-uuid")
    return "Called by other systems with their own credential: use the cURL command.";
  if (access === "admin-token") return "Needs an admin API token, not a session: use the cURL command.";
  if (operation.path === "/api/v1/stream") return "A stream that stays open: open it with cURL (-N) instead.";
  if (operation.path.startsWith("/api/auth/")) return "Signs in and out: use the login page instead.";
  return null;
}

export function OperationCard({
  operation,
  components,
}: {
  operation: DocumentedOperation;
  components: SchemaComponents;
}) {
  const body = operation.requestBody?.content["application/json"] ?? operation.requestBody?.content["*/*"];
  const jsonBody = operation.requestBody?.content["application/json"];
  const success = Object.entries(operation.responses).find(([status]) => status.startsWith("2"));
  // JSON for most answers; the event stream documents the data of its messages under text/event-stream.
  const successMedia = Object.entries(success?.[1].content ?? {})[0];
  const errors = Object.entries(operation.responses).filter(([status]) => !status.startsWith("2"));
  const curl = operation["x-codeSamples"][0]?.source ?? "";
  const unavailable = tryItUnavailable(operation);
  const [open, setOpen] = useState(false);
  return (
    <details
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-operation={`${operation.method} ${operation.path}`}
      className="group rounded-lg bg-surface shadow-sm ring-1 ring-slate-200 open:ring-indigo-200"
    >
      <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 focus-visible:outline-2 focus-visible:outline-indigo-600">
        <Badge
          tone={methodTone[operation.method as keyof typeof methodTone] ?? "neutral"}
          className="w-16 justify-center font-mono uppercase"
        >
          {operation.method}
        </Badge>
        <code className="font-mono text-sm break-all text-slate-900">{operation.path}</code>
        <span className="text-sm text-slate-600">{operation.summary}</span>
        <span className="ml-auto text-xs text-slate-500">
          {accessLabel[operation["x-access"]] ?? operation["x-access"]}
        </span>
      </summary>
      {open && (
        <div className="space-y-4 border-t border-slate-100 px-4 py-4">
          {operation.description && <p className="text-sm text-slate-700">{operation.description}</p>}
          {operation.parameters.length > 0 && (
            <section>
              <h4 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Parameters</h4>
              <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 text-sm">
                {operation.parameters.map((parameter) => (
                  <li
                    key={`${parameter.in}-${parameter.name}`}
                    className="flex flex-wrap items-baseline gap-x-2 px-3 py-2"
                  >
                    <code className="font-mono text-xs font-semibold">{parameter.name}</code>
                    <span className="text-xs text-slate-500">in {parameter.in}</span>
                    {parameter.required && <span className="text-xs font-medium text-red-700">required</span>}
                    {parameter.description && <span className="text-xs text-slate-600">{parameter.description}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {body && (
            <section>
              <h4 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Request body</h4>
              <SchemaView schema={body.schema} components={components} />
            </section>
          )}
          {success && (
            <section>
              <h4 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
                Response {success[0]}{" "}
                {success[1].description && <span className="font-normal normal-case">— {success[1].description}</span>}
              </h4>
              {successMedia?.[1].schema && (
                <>
                  {successMedia[0] !== "application/json" && (
                    <p className="mb-1 text-xs text-slate-600">{successMedia[0]}, each message&apos;s data:</p>
                  )}
                  <SchemaView schema={successMedia[1].schema} components={components} />
                </>
              )}
            </section>
          )}
          {errors.length > 0 && (
            <p className="text-xs text-slate-600">
              <span className="font-semibold">Errors: </span>
              {errors
                .map(
                  ([status, response]) => `${status} ${response.description ?? response.$ref?.split("/").at(-1) ?? ""}`,
                )
                .join(" · ")}
            </p>
          )}
          <CodeBlock label="cURL" code={curl} />
          {unavailable ? (
            <p className="text-xs text-slate-600">
              <span className="font-semibold">Try it: </span>
              {unavailable}
            </p>
          ) : (
            <TryIt
              method={operation.method}
              path={operation.path}
              parameters={operation.parameters}
              initialBody={jsonBody ? JSON.stringify(jsonBody.example ?? {}, null, 2) : undefined}
            />
          )}
        </div>
      )}
    </details>
  );
}
