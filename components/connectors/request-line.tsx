// The method and URL of a request as sent, with "Copy as cURL": one bar shared by every place that shows a request
// (Execute, Preview, connector history, the delivery page's attempts).
import { CopyButton } from "../ui/code-block";
import { toCurl, type CurlRequest } from "./curl";

export function RequestLine({ request }: { request: CurlRequest }) {
  return (
    <div className="always-dark flex items-start justify-between gap-3 rounded-lg bg-slate-900 px-4 py-2.5">
      <p className="min-w-0 font-mono text-xs leading-6 wrap-anywhere text-slate-100">
        <span className="font-semibold text-indigo-300">{request.method}</span> {request.url}
      </p>
      <CopyButton value={toCurl(request)} label="Copy as cURL" className="shrink-0" />
    </div>
  );
}
