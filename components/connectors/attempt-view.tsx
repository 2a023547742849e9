import { RelativeTime } from "../ui/relative-time";
import { RequestView } from "./request-view";
import { ResponseView } from "./response-view";
import type { AttemptDto } from "./types";
import { LinkedMessage } from "../ui/linked-message";

export function AttemptView({ attempt }: { attempt: AttemptDto }) {
  return (
    <section className="space-y-4" data-testid="attempt">
      <p className="text-sm text-slate-600">
        Started <RelativeTime value={attempt.startedAt} /> · {attempt.durationMs} ms ·{" "}
        <span className={attempt.succeeded ? "font-medium text-emerald-700" : "font-medium text-red-700"}>
          {attempt.succeeded ? "Succeeded" : "Failed"}
        </span>
      </p>
      {attempt.error && (
        <p
          role="status"
          className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-800 ring-1 ring-red-200"
        >
          <LinkedMessage text={attempt.error.message} />
        </p>
      )}
      <div>
        <h4 className="mb-2 text-sm font-semibold text-slate-900">Request</h4>
        <RequestView request={attempt.request} />
      </div>
      <div>
        <h4 className="mb-2 text-sm font-semibold text-slate-900">Response</h4>
        {attempt.response ? (
          <ResponseView response={attempt.response} />
        ) : (
          <p className="text-sm text-slate-500">No response was received.</p>
        )}
      </div>
    </section>
  );
}
