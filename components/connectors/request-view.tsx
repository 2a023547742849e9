import { CodeBlock, CopyButton } from "../ui/code-block";
import { toCurl } from "./curl";
import { HeadersTable } from "./headers-table";
import { prettyBody } from "./pretty-body";

interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
  bodyTruncated: boolean;
}

/** The request exactly as sent, secrets redacted by the server, with "Copy as cURL". */
export function RequestView({ request }: { request: SentRequest }) {
  return (
    <div className="space-y-3" data-testid="request-view">
      <div className="flex items-start justify-between gap-3 rounded-lg bg-slate-900 px-4 py-2.5">
        <p className="min-w-0 font-mono text-xs leading-6 break-all text-slate-100">
          <span className="font-semibold text-indigo-300">{request.method}</span> {request.url}
        </p>
        <CopyButton value={toCurl(request)} label="Copy as cURL" className="shrink-0" />
      </div>
      <HeadersTable headers={request.headers} label="Request headers" />
      {request.body ? (
        <CodeBlock label={request.bodyTruncated ? "Request body (truncated)" : "Request body"} code={prettyBody(request.body).text} />
      ) : (
        <p className="text-sm text-slate-500">No request body.</p>
      )}
    </div>
  );
}
