import type { CreateTokenInput } from "@/lib/auth/schema";
import { apiRequest } from "../api/request";

export interface ApiTokenRow {
  id: string;
  name: string;
  role: "admin" | "viewer";
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdBy: { email: string } | null;
}

export const apiTokensApi = {
  list: (signal?: AbortSignal) => apiRequest<{ data: ApiTokenRow[] }>("/api/v1/tokens", { signal }),
  create: (input: CreateTokenInput) =>
    apiRequest<{ token: string; apiToken: ApiTokenRow }>("/api/v1/tokens", { method: "POST", body: input }),
  revoke: (id: string) => apiRequest<{ id: string; revoked: true }>(`/api/v1/tokens/${id}`, { method: "DELETE" }),
};
