// Fetchers and types for /api/v1/events: shared by the Events pages, the delivery detail (the event it carries)
// and the event types' test publish, so it lives in event-log/ below all of them.
import type { PublishEventInput } from "@/lib/events/schema";
import { apiRequest } from "../api/request";
import type { DeliveryRow } from "./deliveries-api";

/** What publishing answers: deliveries queued, and those whose connector could not render the payload. */
export interface PublishAnswer {
  id: string;
  type: string;
  deliveries: number;
  queued: number;
  unrenderable: {
    deliveryId: string;
    connectorId: string;
    connectorName: string;
    missing: string[];
    message: string;
  }[];
  duplicate?: boolean;
}

export const EVENT_SOURCES = ["api", "trigger", "app_webhook", "test"] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

export interface EventRow {
  id: string;
  source: EventSource;
  type: string | null;
  triggerId: string | null;
  appWebhookId: string | null;
  method: string | null;
  contentType: string | null;
  sizeBytes: number;
  sourceIp: string | null;
  verification: string | null;
  responseStatus: number | null;
  receivedAt: string;
  trigger: { id: string; name: string; slug: string } | null;
  _count: { deliveries: number };
  /** The start of the body as text (lists only), which tells look-alike rows apart. */
  excerpt?: string | null;
}

export interface EventDetail extends EventRow {
  query: Record<string, unknown> | null;
  headers: Record<string, unknown>;
  /** The body as text, when its bytes are UTF-8 text; rawBodyBase64 always holds every byte. */
  rawBody: string | null;
  rawBodyBase64: string | null;
  body: unknown;
  /** jsonb could not hold the parsed body: body is null, the raw forms hold it. */
  bodyRawOnly: boolean;
  idempotencyKey: string | null;
  responseBody: unknown;
  deliveries: DeliveryRow[];
}

/** Filters as the URL and the API both spell them; from/to are ISO instants. */
export interface EventFilters {
  source?: EventSource;
  type?: string;
  triggerId?: string;
  appWebhookId?: string;
  outcome?: "accepted" | "refused";
  from?: string;
  to?: string;
  /** The search (lib/search/parse-search.ts). */
  q?: string;
}

export interface EventPage {
  data: EventRow[];
  nextCursor: string | null;
}

function listPath(filters: EventFilters, cursor: string | null) {
  const params = new URLSearchParams({ limit: "50" });
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  if (cursor) params.set("cursor", cursor);
  return `/api/v1/events?${params}`;
}

export const eventsApi = {
  list: (filters: EventFilters, cursor: string | null, signal?: AbortSignal) =>
    apiRequest<EventPage>(listPath(filters, cursor), { signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<EventDetail>(`/api/v1/events/${id}`, { signal }),
  replay: (id: string) =>
    apiRequest<{ id: string; deliveries: number }>(`/api/v1/events/${id}/replay`, { method: "POST" }),
  /** The event types' "Send test": the event is stored with source "test", which the Events filter offers. */
  publishTest: (input: PublishEventInput) =>
    apiRequest<PublishAnswer>("/api/v1/events?source=test", { method: "POST", body: input }),
};
