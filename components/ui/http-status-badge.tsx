// An HTTP status as a badge, shared by the connector, trigger and delivery views that show a target's answer.
import { Badge } from "./badge";

/** 2xx green, 3xx amber (not a success for a webhook), 4xx/5xx red. */
function statusTone(status: number): "green" | "amber" | "red" {
  if (status >= 200 && status < 300) return "green";
  if (status >= 300 && status < 400) return "amber";
  return "red";
}

/** An HTTP status coloured by class; "No response" when the call never got an answer. */
export function HttpStatusBadge({ status, label }: { status: number | null; label?: string | null }) {
  if (status === null) return <Badge tone="red">No response</Badge>;
  return <Badge tone={statusTone(status)}>{label ?? status}</Badge>;
}
