import { Badge } from "../ui/badge";
import type { DeliveryStatus } from "../event-log/deliveries-api";
import { deliveryStatusInfo } from "./delivery-status";

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  const info = deliveryStatusInfo[status];
  return (
    <Badge tone={info.tone} className="gap-1.5">
      {status === "in_flight" && <span aria-hidden className="size-1.5 animate-pulse rounded-full bg-current" />}
      <span data-testid="delivery-status">{info.label}</span>
    </Badge>
  );
}
