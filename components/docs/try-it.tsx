"use client";
// "Try it" on one operation: fills the path and query parameters and the JSON body, calls the API from this page
// with the signed-in session, and shows the answer. A same-origin fetch carries the session cookie, the page's
// Origin and (with a body) Content-Type: application/json: what the API's CSRF rule asks of cookie writes
// (lib/api/handler.ts), so nothing is weakened for it.
import { useId, useState } from "react";
import { Button } from "../ui/button";
import { CodeBlock } from "../ui/code-block";
import { prettyBody } from "../ui/format-json";
import { Input } from "../ui/input";
import { KeyValueTable } from "../ui/key-value-table";
import { Textarea } from "../ui/textarea";

export interface TryItParameter {
  name: string;
  in: string;
  required: boolean;
}

interface Answer {
  status: number;
  statusText: string;
  durationMs: number;
  headers: Record<string, string>;
  body: string;
}

interface TryItProps {
  method: string;
  path: string;
  parameters: TryItParameter[];
  /** The JSON body the form starts with (the documented example, or {}); undefined for operations without one. */
  initialBody?: string;
}

/** The URL the form's values make: path parameters filled in, query parameters that have a value appended. */
export function requestUrl(path: string, parameters: TryItParameter[], values: Record<string, string>): string {
  const filled = path.replace(/\{([^}]+)\}/g, (_match, name: string) =>
    encodeURIComponent(values[`path.${name}`] ?? ""),
  );
  const query = new URLSearchParams();
  for (const parameter of parameters) {
    const value = values[`query.${parameter.name}`];
    if (parameter.in === "query" && value) query.set(parameter.name, value);
  }
  const search = query.toString();
  return search ? `${filled}?${search}` : filled;
}

export function TryIt({ method, path, parameters, initialBody }: TryItProps) {
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>({});
  const [body, setBody] = useState(initialBody ?? "");
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const fields = parameters.filter((parameter) => parameter.in === "path" || parameter.in === "query");
  const missing = fields.filter((field) => field.required && !values[`${field.in}.${field.name}`]?.trim());
  const url = requestUrl(path, parameters, values);

  async function send() {
    setSending(true);
    setFailure(null);
    const started = performance.now();
    try {
      const response = await fetch(url, {
        method: method.toUpperCase(),
        credentials: "same-origin",
        // Every cookie write is declared JSON, with a body or not, as the dashboard's own calls do.
        headers: method === "get" ? undefined : { "content-type": "application/json" },
        body: initialBody === undefined ? undefined : body,
      });
      const text = await response.text();
      setAnswer({
        status: response.status,
        statusText: response.statusText,
        durationMs: Math.round(performance.now() - started),
        headers: Object.fromEntries(response.headers.entries()),
        body: text,
      });
    } catch (error) {
      setAnswer(null);
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setSending(false);
    }
  }

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded-md border border-indigo-100 bg-indigo-50/40 p-3"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 id={`${id}-title`} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
          Try it
        </h4>
        <p className="text-xs text-slate-600">
          Sent from this page with your session{method === "get" ? "" : ": it changes your workspace"}.
        </p>
      </div>
      {fields.length > 0 && (
        <div className="grid gap-3 sm:grid-cols-2">
          {fields.map((field) => {
            const key = `${field.in}.${field.name}`;
            return (
              <div key={key} className="space-y-1">
                <label htmlFor={`${id}-${key}`} className="block text-xs font-medium text-slate-700">
                  <span className="font-mono">{field.name}</span>{" "}
                  <span className="font-normal text-slate-500">
                    ({field.in}
                    {field.required ? ", required" : ""})
                  </span>
                </label>
                <Input
                  id={`${id}-${key}`}
                  value={values[key] ?? ""}
                  onChange={(event) => setValues((current) => ({ ...current, [key]: event.target.value }))}
                  className="h-9 font-mono text-xs"
                />
              </div>
            );
          })}
        </div>
      )}
      {initialBody !== undefined && (
        <div className="space-y-1">
          <label htmlFor={`${id}-body`} className="block text-xs font-medium text-slate-700">
            Body (JSON)
          </label>
          <Textarea
            id={`${id}-body`}
            value={body}
            rows={Math.min(12, Math.max(3, body.split("\n").length))}
            onChange={(event) => setBody(event.target.value)}
            className="text-xs"
          />
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button size="sm" onClick={() => void send()} loading={sending} disabled={missing.length > 0}>
          Send request
        </Button>
        <code className="min-w-0 font-mono text-xs break-all text-slate-600">
          {method.toUpperCase()} {url}
        </code>
      </div>
      {missing.length > 0 && (
        <p className="text-xs text-slate-600">Fill in {missing.map((field) => field.name).join(", ")} to send.</p>
      )}
      {failure && (
        <p role="alert" className="text-sm text-red-700">
          The request did not complete: {failure}
        </p>
      )}
      {answer && (
        <div className="space-y-3" data-testid="try-it-answer">
          <p className="text-sm">
            <span
              data-testid="try-it-status"
              className={`font-mono font-semibold ${answer.status < 400 ? "text-emerald-700" : "text-red-700"}`}
            >
              {answer.status} {answer.statusText}
            </span>{" "}
            <span className="text-slate-500 tabular-nums">· {answer.durationMs} ms</span>
          </p>
          <details>
            <summary className="cursor-pointer text-xs font-medium text-slate-600">
              Response headers ({Object.keys(answer.headers).length})
            </summary>
            <div className="mt-2">
              <KeyValueTable label="Response headers" values={answer.headers} empty="No headers" />
            </div>
          </details>
          {answer.body ? (
            <CodeBlock
              label="Response body"
              language="json"
              code={prettyBody(answer.body)}
              className="max-h-96 overflow-y-auto"
            />
          ) : (
            <p className="text-xs text-slate-500">Empty body</p>
          )}
        </div>
      )}
    </section>
  );
}
