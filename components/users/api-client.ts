import type { CreateUserInput, RoleName } from "@/lib/auth/schema";
import { apiRequest } from "../api/request";

export interface UserRow {
  id: string;
  email: string;
  name: string | null;
  role: RoleName;
  createdAt: string;
  lastLoginAt: string | null;
}

export const usersApi = {
  list: (signal?: AbortSignal) => apiRequest<{ data: UserRow[] }>("/api/v1/users", { signal }),
  create: (input: CreateUserInput) => apiRequest<UserRow>("/api/v1/users", { method: "POST", body: input }),
  updateRole: ({ id, role }: { id: string; role: RoleName }) =>
    apiRequest<UserRow>(`/api/v1/users/${id}`, { method: "PATCH", body: { role } }),
  remove: (id: string) => apiRequest<{ id: string; deleted: true }>(`/api/v1/users/${id}`, { method: "DELETE" }),
};
