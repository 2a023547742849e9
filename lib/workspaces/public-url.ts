// The origin other systems use to reach this Switchboard, for the URLs it shows and hands out.
import { env } from "../env";

/** Where callers reach Switchboard: Settings → public URL, else SWITCHBOARD_PUBLIC_URL, else this machine. */
export function publicBaseUrl(workspacePublicUrl: string | null): string {
  const base = workspacePublicUrl ?? env().SWITCHBOARD_PUBLIC_URL ?? `http://localhost:${env().PORT}`;
  return base.replace(/\/+$/, "");
}
