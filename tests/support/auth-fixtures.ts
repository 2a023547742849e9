// Fixtures for API tests that call route handlers directly: unique users, signed-in sessions and tokens made
// through the real services, and a Request builder shaped like what Next.js hands a route.
import { createApiToken } from "@/lib/auth/api-tokens";
import type { RoleName } from "@/lib/auth/schema";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { createUser } from "@/lib/auth/users";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";

let counter = 0;
/** Unique per call and per test process, so files can run in parallel against one database. */
export function unique(tag: string): string {
  counter += 1;
  return `${tag}-${Date.now()}-${process.pid}-${counter}`;
}

export const uniqueEmail = (tag: string) => `${unique(tag)}@example.test`.toLowerCase();

/** A fresh address per test keeps the per-IP login throttle of one test away from the others. */
export const uniqueIp = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${(counter++ % 250) + 1}`;

export const TEST_PASSWORD = "correct horse battery staple";

export async function userWithSession(role: RoleName) {
  const user = await createUser({ email: uniqueEmail(role), password: TEST_PASSWORD, role });
  const session = await createSession(user.id, {});
  return { user, cookie: `${SESSION_COOKIE}=${session.token}`, sessionToken: session.token };
}

export async function apiToken(role: RoleName) {
  const { token, record } = await createApiToken(await defaultWorkspaceId(), { name: unique("token"), role }, null);
  return { token, record, authorization: `Bearer ${token}` };
}

interface RequestOptions {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The server the tests stand for: listening on loopback, as tests/setup/api-test-env.ts declares. */
export const APP_ORIGIN = "http://127.0.0.1:3000";

/**
 * A request as the dashboard sends it: writes carry the page's Origin and a JSON content type (the API refuses
 * cookie-authenticated writes without them); `headers` may override either.
 */
export function apiRequest(path: string, { method = "GET", body, headers = {} }: RequestOptions = {}): Request {
  const write = !["GET", "HEAD", "OPTIONS"].includes(method);
  return new Request(`${APP_ORIGIN}${path}`, {
    method,
    headers: {
      ...(write ? { origin: APP_ORIGIN } : {}),
      ...(write || body !== undefined ? { "content-type": "application/json" } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The second argument Next.js passes to a dynamic route handler. */
export const routeParams = (params: Record<string, string>) => ({ params: Promise.resolve(params) });

export function cookieFrom(response: Response): string | null {
  return response.headers.get("set-cookie");
}
