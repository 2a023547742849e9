// Fetchers for the app webhooks page: /api/v1/app-webhooks (the dashboard's list with trigger URLs) and
// /api/v1/app-listeners.
import type { CreateAppListenerInput, CreateAppWebhookInput, UpdateAppListenerInput } from "@/lib/app-webhooks/schema";
import { apiRequest } from "../api/request";
import type { AppListenerDto, AppWebhookDto } from "./types";

export const appWebhooksApi = {
  list: (signal?: AbortSignal) => apiRequest<{ data: AppWebhookDto[] }>("/api/v1/app-webhooks", { signal }),
  create: (input: CreateAppWebhookInput) =>
    apiRequest<AppWebhookDto>("/api/v1/app-webhooks", { method: "POST", body: input }),
  remove: (uuid: string) => apiRequest<null>(`/api/v1/app-webhooks/${uuid}`, { method: "DELETE" }),
};

export const appListenersApi = {
  list: (signal?: AbortSignal) => apiRequest<{ data: AppListenerDto[] }>("/api/v1/app-listeners", { signal }),
  create: (input: CreateAppListenerInput) =>
    apiRequest<AppListenerDto>("/api/v1/app-listeners", { method: "POST", body: input }),
  update: ({ id, input }: { id: string; input: UpdateAppListenerInput }) =>
    apiRequest<AppListenerDto>(`/api/v1/app-listeners/${id}`, { method: "PATCH", body: input }),
  remove: (id: string) => apiRequest<null>(`/api/v1/app-listeners/${id}`, { method: "DELETE" }),
};
