// Fetchers and types for /api/v1/deliveries: shared by the Deliveries pages and the Events pages that list an
// event's deliveries, so it lives in event-log/ below both.
import type { DeliveryDetailDto } from "@/lib/delivery/delivery-schema";
import { apiRequest } from "../api/request";

export const DELIVERY_STATUSES = [
  "pending",
  "in_flight",
  "succeeded",
  "failed",
  "dead",
  "cancelled",
  "template_error",
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export const DELIVERY_KINDS = ["event", "trigger_action", "test", "manual"] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

export interface DeliveryRow {
  id: string;
  kind: DeliveryKind;
  status: DeliveryStatus;
  messageId: string;
  attemptCount: number;
  maxAttempts: number;
  nextAttemptAt: string | null;
  lastStatus: number | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  completedAt: string | null;
  createdAt: string;
  eventId: string | null;
  connectorId: string;
  connector: { id: string; name: string; url: string; method: string };
  event: {
    id: string;
    type: string | null;
    source: string;
    receivedAt: string;
    trigger: { name: string } | null;
  } | null;
  /** The start of the event's body (the Deliveries list only), which tells look-alike rows apart. */
  excerpt?: string | null;
}

export type DeliveryDetail = DeliveryDetailDto;
export type DeliveryAttempt = DeliveryDetail["attempts"][number];

/** Filters as the URL and the API both spell them; from/to are ISO instants. */
export interface DeliveryFilters {
  status?: DeliveryStatus;
  connectorId?: string;
  eventType?: string;
  eventId?: string;
  from?: string;
  to?: string;
  /** The search (lib/search/parse-search.ts). */
  q?: string;
}

export type BulkAction = "retry" | "cancel";
/** POST /api/v1/deliveries/bulk (lib/delivery/bulk-schema.ts): the list's filters and search, the action, dry run or not. */
export interface BulkActionInput {
  action: BulkAction;
  dryRun: boolean;
  filter: DeliveryFilters;
}
/** How many deliveries the action would change (dry run) or changed. */
export interface BulkActionAnswer {
  action: BulkAction;
  dryRun: boolean;
  count: number;
}

export type DeliveryCounts = Record<DeliveryStatus, number>;
/** The server counts each status up to this and answers one more when there are more (lib/delivery/list-deliveries.ts). */
export const DELIVERY_COUNT_CAP = 10_000;

export interface DeliveryPage {
  data: DeliveryRow[];
  nextCursor: string | null;
}

function query(filters: DeliveryFilters, extra: Record<string, string> = {}) {
  const params = new URLSearchParams(extra);
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  return params.toString();
}

export const deliveriesApi = {
  list: (filters: DeliveryFilters, cursor: string | null, signal?: AbortSignal) =>
    apiRequest<DeliveryPage>(`/api/v1/deliveries?${query(filters, { limit: "50", ...(cursor ? { cursor } : {}) })}`, {
      signal,
    }),
  // Counts ignore the status filter on the server, so every tile keeps its number while one is selected.
  counts: (filters: DeliveryFilters, signal?: AbortSignal) =>
    apiRequest<DeliveryCounts>(`/api/v1/deliveries/counts?${query({ ...filters, status: undefined })}`, { signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<DeliveryDetail>(`/api/v1/deliveries/${id}`, { signal }),
  retry: (id: string) =>
    apiRequest<{ id: string; status: "pending" }>(`/api/v1/deliveries/${id}/retry`, { method: "POST" }),
  cancel: (id: string) =>
    apiRequest<{ id: string; status: "cancelled" }>(`/api/v1/deliveries/${id}/cancel`, { method: "POST" }),
  recover: (input: { connectorId: string; since: string }) =>
    apiRequest<{ recovered: number }>("/api/v1/deliveries/recover", { method: "POST", body: input }),
  bulk: (input: BulkActionInput) =>
    apiRequest<BulkActionAnswer>("/api/v1/deliveries/bulk", { method: "POST", body: input }),
};
