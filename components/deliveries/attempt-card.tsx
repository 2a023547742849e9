"use client";
// One attempt on the delivery's timeline: a summary line that is always visible (number, outcome, status, duration,
// when), and the request and response as sent and received, open for the newest attempt and one click away for
// older ones so a delivery with eight attempts still reads as a timeline.
import { RequestLine } from "../connectors/request-line";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { CodeBlock } from "../ui/code-block";
import { readableBody } from "../ui/format-json";
import { KeyValueTable } from "../ui/key-value-table";
import { RelativeTime } from "../ui/relative-time";
import type { DeliveryAttempt } from "../event-log/deliveries-api";
import { statusMeaning } from "./status-meaning";
import { LinkedMessage } from "../ui/linked-message";

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0 space-y-3">
      <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h4>
      {children}
    </div>
  );
}

function Body({ body, truncated, label }: { body: string | null; truncated: boolean; label: string }) {
  if (!body) return <p className="text-sm text-slate-500">Empty body</p>;
  const readable = readableBody(body);
  return (
    <>
      <CodeBlock label={label} code={readable.text} wrap={!readable.isJson} className="max-h-80 overflow-y-auto" />
      {truncated && <p className="text-xs text-slate-500">Truncated: only the first 64 KiB are stored.</p>}
    </>
  );
}

export function AttemptCard({ attempt, expanded }: { attempt: DeliveryAttempt; expanded: boolean }) {
  const { request, response, error } = attempt;
  return (
    <Card className="min-w-0">
      <details data-testid="attempt-card" open={expanded} className="group">
        <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-4 gap-y-1 px-5 py-3 focus-visible:outline-2 focus-visible:outline-indigo-600">
          <h3 className="text-sm font-semibold text-slate-900">Attempt {attempt.number}</h3>
          <Badge tone={attempt.succeeded ? "green" : "red"}>{attempt.succeeded ? "Succeeded" : "Failed"}</Badge>
          {response ? (
            <span className="font-mono text-sm font-semibold text-slate-900" data-testid="response-status">
              {response.statusText}
            </span>
          ) : (
            <span className="font-mono text-sm text-red-700">{error?.code ?? "No response"}</span>
          )}
          <span className="text-sm text-slate-600 tabular-nums">{attempt.durationMs.toLocaleString()} ms</span>
          <span className="text-sm text-slate-600">
            <RelativeTime value={attempt.startedAt} />
          </span>
          <span className="ml-auto text-xs text-slate-500 group-open:hidden">Show request and response</span>
        </summary>
        <div className="divide-y divide-slate-200 border-t border-slate-200">
          {error && (
            <div role="note" className="bg-red-50 px-5 py-3 text-sm text-red-800">
              <span className="font-mono font-semibold">{error.code}</span>
              {error.message && (
                <span>
                  : <LinkedMessage text={error.message} />
                </span>
              )}
            </div>
          )}
          <div className="grid gap-6 px-5 py-4 lg:grid-cols-2">
            <Section title="Request">
              <RequestLine request={request} />
              <KeyValueTable label="Request headers" values={request.headers} empty="No headers" />
              <Body body={request.body} truncated={request.bodyTruncated} label="Request body" />
            </Section>
            <Section title="Response">
              {response ? (
                <>
                  <div>
                    <p className="font-mono text-sm font-semibold text-slate-900">{response.statusText}</p>
                    <p className="mt-0.5 text-xs text-slate-600">{statusMeaning(response.status)}</p>
                  </div>
                  <KeyValueTable label="Response headers" values={response.headers} empty="No headers" />
                  <Body body={response.body} truncated={response.bodyTruncated} label="Response body" />
                </>
              ) : (
                <p className="text-sm text-slate-500">
                  No response: the request did not get an answer{error ? ` (${error.code})` : ""}.
                </p>
              )}
            </Section>
          </div>
        </div>
      </details>
    </Card>
  );
}
