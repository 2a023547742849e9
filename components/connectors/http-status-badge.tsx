import { Badge } from "../ui/badge";
import { statusTone } from "./status-meaning";

/** An HTTP status coloured by class; "No response" when the call never got an answer. */
export function HttpStatusBadge({ status, label }: { status: number | null; label?: string | null }) {
  if (status === null) return <Badge tone="red">No response</Badge>;
  return <Badge tone={statusTone(status)}>{label ?? status}</Badge>;
}
