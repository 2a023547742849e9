// Every outbound call names its sender, so receivers can tell Switchboard's calls apart in their logs; a
// connector (or an /api/execute caller) that sets its own User-Agent keeps it.

/** Kept equal to package.json's version by lib/http/user-agent.test.ts. */
export const SWITCHBOARD_VERSION = "0.1.0";
export const USER_AGENT = `Switchboard/${SWITCHBOARD_VERSION}`;

/** Sets `User-Agent: Switchboard/<version>` unless the headers name one already (in any case). */
export function setDefaultUserAgent(headers: Record<string, string>): void {
  if (!Object.keys(headers).some((name) => name.toLowerCase() === "user-agent")) headers["User-Agent"] = USER_AGENT;
}
