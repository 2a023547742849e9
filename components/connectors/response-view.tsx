import { CodeBlock } from "../ui/code-block";
import { HeadersTable } from "./headers-table";
import { HttpStatusBadge } from "../ui/http-status-badge";
import { prettyBody } from "./pretty-body";
import { statusMeaning } from "./status-meaning";

interface ReceivedResponse {
  status: number;
  statusText: string | null;
  headers: Record<string, string>;
  body: string | null;
  bodyTruncated: boolean;
  sizeBytes: number | null;
}

/** `showStatus` off where a summary above already says it (Execute). */
export function ResponseView({ response, showStatus = true }: { response: ReceivedResponse; showStatus?: boolean }) {
  const body = response.body ? prettyBody(response.body) : null;
  return (
    <div className="space-y-3" data-testid="response-view">
      {showStatus && (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <HttpStatusBadge status={response.status} label={response.statusText} />
          <span className="text-slate-600">{statusMeaning(response.status)}</span>
        </p>
      )}
      <HeadersTable headers={response.headers} label="Response headers" />
      {body ? (
        <>
          <CodeBlock
            label={body.isJson ? "Response body (JSON)" : "Response body"}
            code={body.text}
            wrap={!body.isJson}
            className="[&_pre]:max-h-96"
          />
          {response.bodyTruncated && (
            <p className="text-xs text-amber-800">
              The body was truncated: only the first 64 KiB
              {response.sizeBytes ? ` of ${response.sizeBytes.toLocaleString()} bytes read` : ""} are kept.
            </p>
          )}
        </>
      ) : (
        <p className="text-sm text-slate-500">Empty response body.</p>
      )}
    </div>
  );
}
