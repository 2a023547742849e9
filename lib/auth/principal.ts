// Who is calling: a signed-in user (session cookie) or an API token (Authorization: Bearer).
import type { Role } from "../generated/prisma/enums";

export interface Principal {
  kind: "user" | "token";
  /** User id or API token id. */
  id: string;
  /** The user behind the call (for tokens, the user who created it, when known). */
  userId: string | null;
  label: string;
  role: Role;
  workspaceId: string;
}

export const canWrite = (principal: Principal) => principal.role === "admin";
