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
  /**
   * Sessions only: when the (sliding) session now ends. The HTTP edge re-issues the cookie with it, or the browser
   * would drop the cookie at its first expiry however active the session is.
   */
  sessionExpiresAt?: Date;
}

export const canWrite = (principal: Principal) => principal.role === "admin";
