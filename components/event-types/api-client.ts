import type { CreateEventTypeInput, UpdateEventTypeInput } from "@/lib/event-types/schema";
import { apiRequest } from "../api/request";

export interface EventTypeRow {
  id: string;
  key: string;
  code: number | null;
  description: string;
  samplePayload: unknown;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  subscriptionCount: number;
}

export interface EventTypeListFilters {
  search?: string;
  includeArchived?: boolean;
}

export interface EventTypePage {
  data: EventTypeRow[];
  nextCursor: string | null;
}

function listPath(filters: EventTypeListFilters, cursor?: string | null, limit = 50) {
  const params = new URLSearchParams({ limit: String(limit) });
  if (filters.search) params.set("search", filters.search);
  if (filters.includeArchived) params.set("includeArchived", "true");
  if (cursor) params.set("cursor", cursor);
  return `/api/v1/event-types?${params}`;
}

export const eventTypesApi = {
  list: (filters: EventTypeListFilters, cursor: string | null, signal?: AbortSignal, limit?: number) =>
    apiRequest<EventTypePage>(listPath(filters, cursor, limit), { signal }),
  create: (input: CreateEventTypeInput) =>
    apiRequest<EventTypeRow>("/api/v1/event-types", { method: "POST", body: input }),
  update: (id: string, input: UpdateEventTypeInput) =>
    apiRequest<EventTypeRow>(`/api/v1/event-types/${id}`, { method: "PATCH", body: input }),
  importCatalogue: () =>
    apiRequest<{ created: number; data: EventTypeRow[] }>("/api/v1/event-types/import-catalogue", { method: "POST" }),
};
