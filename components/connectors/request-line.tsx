// The method and URL of a request as sent, with "Copy as cURL": one bar shared by every place that shows a request
// (Execute, Preview, connector history, the delivery page's attempts).
import { CopyButton } from "../ui/code-block";
import { toCurl, type CurlRequest } from "./curl";

export function RequestLine({ request }: { request: CurlRequest }) {
  return (
    // The button drops below the URL when the column is too narrow for both, instead of squeezing the URL into
    // three broken lines beside it (an attempt card beside the retry schedule).
    <div className="always-dark flex flex-wrap items-start justify-between gap-x-3 gap-y-1 rounded-lg bg-slate-900 px-4 py-2.5">
      <p className="min-w-0 flex-1 basis-64 font-mono text-xs leading-6 wrap-anywhere text-slate-100">
        <span className="font-semibold text-indigo-300">{request.method}</span> {request.url}
      </p>
      <CopyButton value={toCurl(request)} label="Copy as cURL" className="shrink-0" />
    </div>
  );
}
