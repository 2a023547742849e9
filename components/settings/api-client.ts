import type { SmtpSettingsInput } from "@/lib/email/schema";
import type { ExportDeliveriesQuery } from "@/lib/export/schema";
import type { AddressCheck, NetworkSettingsInput } from "@/lib/network/schema";
import type { RetentionDeleted, RetentionSettings } from "@/lib/retention/schema";
import type { WorkspaceSettingsInput } from "@/lib/workspaces/schema";
import { apiRequest } from "../api/request";

export interface WorkspaceSettings {
  id: string;
  slug: string;
  name: string;
  publicUrl: string | null;
  /** The mask when a secret exists; null before the first one is made. */
  appSecret: string | null;
  fallbackPublicUrl: string;
  updatedAt: string;
}

export interface NetworkSettings {
  allowlist: string[];
  environmentAllowlist: string[];
}

export interface EmailSettings {
  configured: boolean;
  smtp: { host: string; port: number; secure: boolean; username: string; password: string; from: string } | null;
}

export interface RetentionOverview {
  retentionDays: number;
  lastRun: { at: string; deleted: RetentionDeleted | null } | null;
  database: { sizeBytes: number; tables: { table: string; rows: number; estimated: boolean }[] };
}

export type ExportFilters = Partial<Record<keyof ExportDeliveriesQuery, string>>;

const base = "/api/v1/settings";

export const settingsApi = {
  workspace: (signal?: AbortSignal) => apiRequest<WorkspaceSettings>(`${base}/workspace`, { signal }),
  updateWorkspace: (input: Partial<WorkspaceSettingsInput>) =>
    apiRequest<WorkspaceSettings>(`${base}/workspace`, { method: "PATCH", body: input }),
  revealAppSecret: () => apiRequest<{ appSecret: string }>(`${base}/workspace/app-secret/reveal`, { method: "POST" }),
  rotateAppSecret: () => apiRequest<{ appSecret: string }>(`${base}/workspace/app-secret/rotate`, { method: "POST" }),

  network: (signal?: AbortSignal) => apiRequest<NetworkSettings>(`${base}/network`, { signal }),
  saveNetwork: (input: NetworkSettingsInput) =>
    apiRequest<NetworkSettings>(`${base}/network`, { method: "PUT", body: input }),
  checkAddress: (url: string) => apiRequest<AddressCheck>(`${base}/network/check`, { method: "POST", body: { url } }),

  email: (signal?: AbortSignal) => apiRequest<EmailSettings>(`${base}/email`, { signal }),
  saveEmail: (input: SmtpSettingsInput) => apiRequest<EmailSettings>(`${base}/email`, { method: "PUT", body: input }),
  clearEmail: () => apiRequest<EmailSettings>(`${base}/email`, { method: "DELETE" }),
  sendTestEmail: (to: string) =>
    apiRequest<{ ok: true; messageId: string }>(`${base}/email/test`, { method: "POST", body: { to } }),

  retention: (signal?: AbortSignal) => apiRequest<RetentionOverview>(`${base}/retention`, { signal }),
  saveRetention: (input: RetentionSettings) =>
    apiRequest<RetentionOverview>(`${base}/retention`, { method: "PUT", body: input }),
  runRetention: () =>
    apiRequest<{ ranAt: string; deleted: RetentionDeleted }>(`${base}/retention/run`, { method: "POST" }),

  /** A download link: the browser streams the file straight to disk. */
  exportUrl: (what: "deliveries" | "events", filters: ExportFilters) => {
    const params = new URLSearchParams(
      Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
    );
    return `/api/v1/export/${what}?${params}`;
  },
};
