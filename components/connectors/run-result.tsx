import { RelativeTime } from "../ui/relative-time";
import type { ReactNode } from "react";
import { RequestView } from "./request-view";
import { ResponseView } from "./response-view";
import { RunSummary } from "./run-summary";
import type { RunResponse } from "./types";

/** Everything about one Execute: summary, response (headers, body), and the request as sent. */
export function RunResult({ run }: { run: RunResponse }) {
  const { result } = run;
  return (
    <div className="space-y-6" data-testid="run-result">
      <RunSummary run={run} />
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <Meta label="Sent">
          <RelativeTime value={result.startedAt} />
        </Meta>
        <Meta label="Duration">{result.durationMs} ms</Meta>
        <Meta label="Size">{result.status === null ? "—" : `${result.sizeBytes.toLocaleString()} bytes`}</Meta>
        {result.retryAfterSeconds !== null && <Meta label="Retry-After">{result.retryAfterSeconds} s</Meta>}
      </dl>
      {result.finalUrl && result.finalUrl !== run.request.url && (
        <p className="text-xs break-all text-slate-600">Answered by {result.finalUrl} after redirects.</p>
      )}
      {result.status !== null && (
        <section>
          <h3 className="mb-2 text-sm font-semibold text-slate-900">Response</h3>
          <ResponseView
            showStatus={false}
            response={{ ...result, status: result.status, sizeBytes: result.sizeBytes }}
          />
        </section>
      )}
      <section>
        <h3 className="mb-2 text-sm font-semibold text-slate-900">Request sent</h3>
        <RequestView request={run.request} />
      </section>
    </div>
  );
}

function Meta({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="font-medium text-slate-900">{children}</dd>
    </div>
  );
}
