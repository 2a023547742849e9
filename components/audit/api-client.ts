import { apiRequest } from "../api/request";

export interface AuditEntry {
  id: string;
  actorType: "user" | "token" | "system";
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  diff: unknown;
  ip: string | null;
  createdAt: string;
}

export interface AuditFilters {
  actor?: string;
  action?: string;
  targetType?: string;
  from?: string;
  to?: string;
}

export function auditQuery(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value) params.set(key, value);
  return params.toString();
}

export const auditApi = {
  list: (filters: AuditFilters, cursor: string | undefined, signal?: AbortSignal) =>
    apiRequest<{ data: AuditEntry[]; nextCursor: string | null }>(
      `/api/v1/audit-log?${auditQuery(filters, cursor ? { cursor } : {})}`,
      { signal },
    ),
  csvUrl: (filters: AuditFilters) => `/api/v1/audit-log?${auditQuery(filters, { format: "csv" })}`,
};
