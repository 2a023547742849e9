import type { OverviewRange } from "@/lib/overview/schema";

export const overviewKeys = {
  all: ["overview"] as const,
  range: (range: OverviewRange) => [...overviewKeys.all, range] as const,
};
