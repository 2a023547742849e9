// The receive path as the inbound tests drive it: a real local HTTP server running the Node receive adapter, triggers
// created through their API route, and posts to a trigger's URL.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "vitest";
import { POST as createTriggerRoute } from "@/app/api/v1/triggers/route";
import { receiveInbound } from "@/lib/api/inbound/receive-trigger";
import { unique } from "./auth-fixtures";
import { callRoute } from "./connector-api";

export interface ReceiveServer {
  /** http://127.0.0.1:<port> */
  base: string;
  close(): Promise<void>;
}

export async function startReceiveServer(): Promise<ReceiveServer> {
  const server = http.createServer((req, res) => void receiveInbound(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface CreatedTrigger {
  id: string;
  slug: string;
  secret: string;
  url: string;
}

/** A trigger with a fresh name and slug and no rate limit unless `fields` say otherwise; asserts the 201. */
export async function createTrigger(authorization: string, fields: object = {}): Promise<CreatedTrigger> {
  const response = await callRoute(createTriggerRoute, "/api/v1/triggers", {
    body: { name: unique("Trigger"), slug: unique("trigger").toLowerCase(), rateLimit: null, ...fields },
    authorization,
  });
  expect(response.status, response.text).toBe(201);
  return response.body as CreatedTrigger;
}

/** The trigger's documented URL on `base`, with its shared key in the query when given. */
export const triggerUrl = (base: string, slug: string, key?: string) =>
  `${base}/api/webhook/default/${slug}${key ? `?key=${encodeURIComponent(key)}` : ""}`;

/** POSTs `body` and reads the JSON answer. */
export async function postToTrigger(
  url: string,
  body: string,
  headers: Record<string, string> = { "content-type": "application/json" },
) {
  const response = await fetch(url, { method: "POST", headers, body });
  // Answers are asserted field by field; typing each documented body here would add nothing.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, body: (await response.json()) as any, headers: response.headers };
}
