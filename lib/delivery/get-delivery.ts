// One delivery for its page and GET /api/v1/deliveries/{id}: the stored delivery with its attempts, plus what is left
// of its connector's retry schedule, so the page shows the plan the workers follow without a second copy of it.
import { getDelivery } from "../connectors/connector-history";
import { db } from "../db";
import type { DeliveryDetailDto } from "./delivery-schema";
import { retryPlan, scheduleFor } from "./retry-policy";

const UNFINISHED = new Set(["pending", "in_flight", "failed"]);

export async function getDeliveryDetail(workspaceId: string, id: string): Promise<DeliveryDetailDto> {
  const delivery = await getDelivery(workspaceId, id);
  const connector = await db().connector.findFirst({
    where: { id: delivery.connectorId, workspaceId },
    select: { retrySchedule: true },
  });
  const finished = !UNFINISHED.has(delivery.status);
  return {
    ...(delivery as Omit<DeliveryDetailDto, "retry">),
    retry: retryPlan(scheduleFor(connector?.retrySchedule), { attemptCount: delivery.attemptCount, finished }),
  };
}
