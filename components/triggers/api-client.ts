// Fetchers for /api/v1/triggers and what the trigger pages read besides (recent events).
import type { UpdateTriggerInput } from "@/lib/triggers/schema";
import { apiRequest } from "../api/request";
import type { RevealedTriggerKey, TestTriggerResult, TriggerDto, TriggerEventRow, TriggerWithSecret } from "./types";

const base = "/api/v1/triggers";

/** The create body: the update shape plus a provider secret pasted once (absent: generated). */
export type CreateTriggerBody = UpdateTriggerInput & { secret?: string };

export const triggersApi = {
  list: (signal?: AbortSignal) => apiRequest<{ data: TriggerDto[] }>(base, { signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<TriggerDto>(`${base}/${id}`, { signal }),
  create: (input: CreateTriggerBody) => apiRequest<TriggerWithSecret>(base, { method: "POST", body: input }),
  update: ({ id, input }: { id: string; input: UpdateTriggerInput }) =>
    apiRequest<TriggerDto>(`${base}/${id}`, { method: "PATCH", body: input }),
  remove: (id: string) => apiRequest<null>(`${base}/${id}`, { method: "DELETE" }),
  rotateKey: ({ id, graceSeconds }: { id: string; graceSeconds: number }) =>
    apiRequest<TriggerWithSecret>(`${base}/${id}/rotate-key`, { method: "POST", body: { graceSeconds } }),
  revealKey: (id: string) => apiRequest<RevealedTriggerKey>(`${base}/${id}/reveal-key`, { method: "POST" }),
  test: ({ id, body }: { id: string; body?: unknown }) =>
    apiRequest<TestTriggerResult>(`${base}/${id}/test`, { method: "POST", body: body === undefined ? {} : { body } }),
  events: (triggerId: string, signal?: AbortSignal) =>
    apiRequest<{ data: TriggerEventRow[] }>(`/api/v1/events?triggerId=${triggerId}&limit=10`, { signal }),
};
