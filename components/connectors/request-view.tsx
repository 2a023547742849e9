import { CodeBlock } from "../ui/code-block";
import { HeadersTable } from "./headers-table";
import { prettyBody } from "./pretty-body";
import { RequestLine } from "./request-line";

interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
  bodyTruncated: boolean;
}

/** The request exactly as sent, secrets redacted by the server, with "Copy as cURL". */
export function RequestView({ request }: { request: SentRequest }) {
  const body = request.body ? prettyBody(request.body) : null;
  return (
    <div className="space-y-3" data-testid="request-view">
      <RequestLine request={request} />
      <HeadersTable headers={request.headers} label="Request headers" />
      {body ? (
        <CodeBlock
          label={request.bodyTruncated ? "Request body (truncated)" : "Request body"}
          code={body.text}
          wrap={!body.isJson}
        />
      ) : (
        <p className="text-sm text-slate-500">No request body.</p>
      )}
    </div>
  );
}
