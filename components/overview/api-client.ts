import type { Overview, OverviewRange } from "@/lib/overview/schema";
import { apiRequest } from "../api/request";

export const overviewApi = {
  get: (range: OverviewRange, signal?: AbortSignal) =>
    apiRequest<Overview>(`/api/v1/overview?range=${range}`, { signal }),
};
