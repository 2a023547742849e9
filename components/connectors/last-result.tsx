import { RelativeTime } from "../ui/relative-time";
import { HttpStatusBadge } from "../ui/http-status-badge";
import type { ConnectorDto } from "./types";

/** The connector's latest call: status badge and when. A failure with no answer (timeout, refused) shows as such. */
export function LastResult({ connector }: { connector: Pick<ConnectorDto, "lastStatus" | "lastResultAt"> }) {
  if (!connector.lastResultAt) return <span className="text-slate-500">Not called yet</span>;
  return (
    <span className="inline-flex items-center gap-2">
      <HttpStatusBadge status={connector.lastStatus} />
      <span className="text-xs text-slate-500">
        <RelativeTime value={connector.lastResultAt} />
      </span>
    </span>
  );
}
