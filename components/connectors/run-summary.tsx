import { cn } from "../ui/cn";
import { HttpStatusBadge } from "../ui/http-status-badge";
import { statusMeaning } from "./status-meaning";
import type { RunResponse } from "./types";
import { LinkedMessage } from "../ui/linked-message";

/**
 * The answer to "does this connector work?": reachable (an HTTP answer came back) or not, the status and what it
 * means, how long it took, and the executor's error in its own words (DNS, refused, timeout, blocked address …).
 */
export function RunSummary({ run }: { run: RunResponse }) {
  const { result } = run;
  const reachable = result.status !== null;
  return (
    <div
      role="status"
      data-testid="run-summary"
      className={cn(
        "rounded-lg px-4 py-3 text-sm ring-1",
        run.ok ? "bg-emerald-50 ring-emerald-200" : reachable ? "bg-amber-50 ring-amber-200" : "bg-red-50 ring-red-200",
      )}
    >
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span
          className={cn("font-semibold", run.ok ? "text-emerald-800" : reachable ? "text-amber-900" : "text-red-800")}
        >
          {reachable ? "Reachable" : "Not reachable"}
        </span>
        {reachable && <HttpStatusBadge status={result.status} label={result.statusText} />}
        <span className="text-slate-600">{result.durationMs} ms</span>
      </p>
      {reachable && <p className="mt-1 text-slate-700">{statusMeaning(result.status!)}</p>}
      {result.error && (!reachable || !result.error.code.startsWith("http_")) && (
        <p className="mt-1 font-medium text-red-800">
          <LinkedMessage text={result.error.message} />
        </p>
      )}
    </div>
  );
}
