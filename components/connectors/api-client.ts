// Fetchers for /api/v1/connectors and what hangs off a connector; every one throws ApiClientError on non-2xx.
import type { UpdateConnectorInput } from "@/lib/connectors/schema";
import type { SubscriptionInput } from "@/lib/subscriptions/schema";
import { apiRequest } from "../api/request";
import type {
  ConnectorDto,
  ConnectorListFilters,
  ConnectorOption,
  DeliveryDto,
  EventSettings,
  EventTypeOption,
  Page,
  PreviewResponse,
  RunResponse,
  SubscriptionRow,
  TemplateWarning,
} from "./types";

export type Variables = Record<string, unknown>;
/** A stored event, or a sample payload (with the event type it stands for). */
export type PreviewInput = { eventId: string } | { payload: unknown; eventType?: string };
export type RevealTarget =
  { field: "auth" } | { field: "header"; name: string } | { field: "queryParam"; name: string };

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}

const base = "/api/v1/connectors";

export const connectorsApi = {
  list: (filters: ConnectorListFilters, cursor: string | undefined, signal?: AbortSignal) =>
    apiRequest<Page<ConnectorDto>>(`${base}${query({ ...filters, cursor, limit: 25 })}`, { signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<ConnectorDto>(`${base}/${id}`, { signal }),
  /** The first 100 connectors, which is what a picker can show anyway. */
  options: (signal?: AbortSignal) => apiRequest<Page<ConnectorOption>>(`${base}${query({ limit: 100 })}`, { signal }),
  create: (input: UpdateConnectorInput) => apiRequest<ConnectorDto>(base, { method: "POST", body: input }),
  update: ({ id, input }: { id: string; input: UpdateConnectorInput }) =>
    apiRequest<ConnectorDto & { warnings?: TemplateWarning[] }>(`${base}/${id}`, { method: "PATCH", body: input }),
  remove: (id: string) => apiRequest<null>(`${base}/${id}`, { method: "DELETE" }),

  testUnsaved: (body: { connector: UpdateConnectorInput; connectorId?: string; variables: Variables }) =>
    apiRequest<RunResponse>(`${base}/test`, { method: "POST", body }),
  test: ({ id, variables }: { id: string; variables: Variables }) =>
    apiRequest<RunResponse>(`${base}/${id}/test`, { method: "POST", body: { variables } }),
  execute: ({ id, variables }: { id: string; variables: Variables }) =>
    apiRequest<RunResponse>(`${base}/${id}/execute`, { method: "POST", body: { variables } }),
  preview: ({ id, input }: { id: string; input: PreviewInput }) =>
    apiRequest<PreviewResponse>(`${base}/${id}/preview`, { method: "POST", body: input }),
  history: (id: string, cursor: string | undefined, signal?: AbortSignal) =>
    apiRequest<Page<DeliveryDto>>(`${base}/${id}/history${query({ cursor, limit: 20 })}`, { signal }),
  revealSecret: ({ id, target }: { id: string; target: RevealTarget }) =>
    apiRequest<{ value: string }>(`${base}/${id}/reveal-secret`, { method: "POST", body: target }),

  eventSettings: (id: string, signal?: AbortSignal) =>
    apiRequest<EventSettings>(`${base}/${id}/event-settings`, { signal }),
  updateEventSettings: ({
    id,
    input,
  }: {
    id: string;
    input: Partial<Pick<EventSettings, "notifyOnFailure" | "rateLimit" | "retrySchedule">>;
  }) => apiRequest<EventSettings>(`${base}/${id}/event-settings`, { method: "PATCH", body: input }),
  rotateSigningSecret: (id: string) =>
    apiRequest<{ signingSecret: string; previousSigningSecretExpiresAt: string | null }>(
      `${base}/${id}/rotate-secret`,
      {
        method: "POST",
      },
    ),
  revealSigningSecret: (id: string) =>
    apiRequest<{
      signingSecret: string | null;
      previousSigningSecret: string | null;
      previousSigningSecretExpiresAt: string | null;
    }>(`${base}/${id}/reveal-signing-secret`, { method: "POST" }),

  subscriptions: (id: string, signal?: AbortSignal) =>
    apiRequest<{ data: SubscriptionRow[] }>(`${base}/${id}/subscriptions`, { signal }),
  saveSubscriptions: ({ id, subscriptions }: { id: string; subscriptions: SubscriptionInput[] }) =>
    apiRequest<{ data: SubscriptionRow[]; warnings?: TemplateWarning[] }>(`${base}/${id}/subscriptions`, {
      method: "PUT",
      body: { subscriptions },
    }),
  eventTypeOptions: (search: string, signal?: AbortSignal) =>
    apiRequest<Page<EventTypeOption>>(`/api/v1/event-types${query({ search, limit: 50 })}`, { signal }),
};
