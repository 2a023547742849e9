// Fetchers for sign-in, sign-out, setup and "who am I".
import type { LoginInput, SetupInput } from "@/lib/auth/schema";
import { apiRequest } from "../api/request";

export interface SignedInUser {
  id: string;
  email: string;
  role: "admin" | "viewer";
}

export interface Me {
  kind: "user" | "token";
  id: string;
  label: string;
  role: "admin" | "viewer";
  user: { id: string; email: string; name: string | null; role: "admin" | "viewer" } | null;
}

export const authApi = {
  setup: (input: SetupInput) => apiRequest<{ user: SignedInUser }>("/api/auth/setup", { method: "POST", body: input }),
  login: (input: LoginInput) => apiRequest<{ user: SignedInUser }>("/api/auth/login", { method: "POST", body: input }),
  logout: () => apiRequest<{ signedOut: true }>("/api/auth/logout", { method: "POST" }),
  me: (signal?: AbortSignal) => apiRequest<Me>("/api/v1/me", { signal }),
};
