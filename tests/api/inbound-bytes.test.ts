// "Nothing lost" for bytes: every body a sender can post — NUL and lone-surrogate JSON escapes, invalid UTF-8,
// binary, empty, form, XML, `150.00` with its key order — is answered 200 by a shared-key trigger and by an app
// webhook, comes back byte-identical through GET /api/v1/events/{id}, and is forwarded byte-identical to a local
// target by the action and by a replay. Published payloads are delivered as the exact text the caller sent. A wrong
// method is answered 405 and stored as a refused request; hostile path segments are answered 404, never 500.
import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createCompatWebhookRoute } from "@/app/api/app/webhooks/route";
import { POST as createListenerRoute } from "@/app/api/v1/app-listeners/route";
import { GET as appGetRoute, POST as appTriggerRoute } from "@/app/api/apps/[app_uuid]/webhooks/[webhook_uuid]/route";
import { POST as publishRoute } from "@/app/api/v1/events/route";
import { GET as getEventRoute } from "@/app/api/v1/events/[id]/route";
import { POST as replayRoute } from "@/app/api/v1/events/[id]/replay/route";
import { db, disconnectDb } from "@/lib/db";
import { closePool } from "@/lib/db/pool";
import { startDeliveryWorker, type RunningWorker } from "@/lib/delivery/worker";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { apiRequest, apiToken, routeParams, unique } from "../support/auth-fixtures";
import { eventType, eventually, subscribedConnector } from "../support/delivery-fixtures";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { createTrigger, startReceiveServer, type ReceiveServer } from "../support/inbound-fixtures";
import { useIsolatedDatabase } from "../support/isolated-database";

let receiver: ReceiveServer;
let admin: string;
let workspaceId: string;
let worker: RunningWorker;
const targets: HttpTarget[] = [];

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part))));

interface Case {
  name: string;
  contentType: string | null;
  body: Buffer;
  /** The stored text form, when the bytes are UTF-8 text PostgreSQL can hold. */
  text: boolean;
  /** The parsed form cannot be jsonb: the body is kept raw only. */
  rawOnly: boolean;
}

const CASES: Case[] = [
  {
    name: "JSON with a \\u0000 escape",
    contentType: "application/json",
    body: bytes('{"a":"x\\u0000y"}'),
    text: true,
    rawOnly: true,
  },
  {
    name: "JSON with a NUL escape in a key",
    contentType: "application/json",
    body: bytes('{"k\\u0000":1}'),
    text: true,
    rawOnly: true,
  },
  {
    name: "JSON with a lone surrogate escape",
    contentType: "application/json",
    body: bytes('{"a":"\\ud800"}'),
    text: true,
    rawOnly: true,
  },
  {
    name: "binary octet-stream",
    contentType: "application/octet-stream",
    body: bytes([0xff, 0xfe, 0x00, 0x80, 0x41]),
    text: false,
    rawOnly: true,
  },
  {
    name: "JSON with an invalid UTF-8 byte",
    contentType: "application/json",
    body: bytes('"caf', [0xff], '"'),
    text: false,
    rawOnly: false,
  },
  { name: "text with a NUL byte", contentType: "text/plain", body: bytes("a", [0], "b"), text: false, rawOnly: true },
  { name: "an empty body", contentType: "application/json", body: Buffer.alloc(0), text: true, rawOnly: false },
  { name: "no content type at all", contentType: null, body: bytes("plain words"), text: true, rawOnly: false },
  {
    name: "a form",
    contentType: "application/x-www-form-urlencoded",
    body: bytes("a=1&b=%00&c=caf%C3%A9&a=2"),
    text: true,
    rawOnly: true,
  },
  {
    name: "XML",
    contentType: "application/xml",
    body: bytes('<?xml version="1.0"?>\n<order id="7"><total>150.00</total></order>'),
    text: true,
    rawOnly: false,
  },
  {
    name: "150.00 with its key order",
    contentType: "application/json",
    body: bytes('{"total": 150.00, "b":1,"a":2}'),
    text: true,
    rawOnly: false,
  },
];

interface EventDetail {
  rawBody: string | null;
  rawBodyBase64: string | null;
  bodyRawOnly: boolean;
  body: unknown;
  sizeBytes: number;
  responseStatus: number;
  method: string;
  headers: Record<string, string>;
  query: Record<string, unknown>;
}

async function readEvent(id: string): Promise<EventDetail> {
  const response = await getEventRoute(
    apiRequest(`/api/v1/events/${id}`, { headers: { authorization: admin } }),
    routeParams({ id }),
  );
  expect(response.status).toBe(200);
  return (await response.json()) as EventDetail;
}

async function replay(id: string) {
  const response = await replayRoute(
    apiRequest(`/api/v1/events/${id}/replay`, { method: "POST", headers: { authorization: admin } }),
    routeParams({ id }),
  );
  expect(response.status).toBe(200);
  return (await response.json()) as { deliveries: number };
}

/** One shared-key trigger whose only action forwards the received body (no template) to a fresh local target. */
async function forwardingTrigger() {
  const target = await startHttpTarget();
  targets.push(target);
  const connector = await subscribedConnector({ url: target.url });
  const trigger = await createTrigger(admin, {
    name: unique("Bytes"),
    slug: unique("bytes").toLowerCase(),
    actions: [{ connectorId: connector.id }],
  });
  return { trigger, target };
}

function rawRequest(method: string, path: string, body?: Buffer, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    // Node's client sends a DELETE body without Content-Length unless told: the server would read it as a second request.
    const length = body ? { "content-length": String(body.length) } : {};
    const request = http.request(
      `${receiver.base}${path}`,
      { method, headers: { ...length, ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

beforeAll(async () => {
  await useIsolatedDatabase("inbound_bytes");
  admin = (await apiToken("admin")).authorization;
  workspaceId = await defaultWorkspaceId();
  receiver = await startReceiveServer();
  worker = await startDeliveryWorker({ leaseMs: 5_000, pollIntervalMs: 50 });
});

afterAll(async () => {
  await worker?.stop();
  await receiver?.close();
  await Promise.all(targets.map((target) => target.close()));
  await closePool();
  await disconnectDb();
});

function expectStoredExactly(event: EventDetail, item: Case) {
  expect(Buffer.from(event.rawBodyBase64 ?? "", "base64").equals(item.body)).toBe(true);
  expect(event.rawBody).toBe(item.text ? item.body.toString("utf8") : null);
  expect(event.bodyRawOnly).toBe(item.rawOnly);
  if (item.rawOnly) expect(event.body).toBeNull();
  expect(event.sizeBytes).toBe(item.body.length);
}

describe("a shared-key trigger", () => {
  it.each(CASES)("stores $name byte for byte and forwards the same bytes, on receipt and on replay", async (item) => {
    const { trigger, target } = await forwardingTrigger();
    const answer = await rawRequest(
      "POST",
      `/api/webhook/default/${trigger.slug}?key=${encodeURIComponent(trigger.secret)}`,
      item.body,
      {
        ...(item.contentType ? { "content-type": item.contentType } : {}),
      },
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ status: "accepted", workflow_started: true });

    const [stored] = await db().event.findMany({ where: { triggerId: trigger.id }, select: { id: true } });
    expectStoredExactly(await readEvent(stored!.id), item);

    const [first] = await target.waitForRequests(1);
    expect(first!.bytes.equals(item.body)).toBe(true);
    if (item.contentType) expect(first!.headers["content-type"]).toBe(item.contentType);
    expect(await replay(stored!.id)).toMatchObject({ deliveries: 1 });
    const [, again] = await target.waitForRequests(2);
    expect(again!.bytes.equals(item.body)).toBe(true);
  });

  it("keeps hostile header bytes and a NUL in the query, answering 200", async () => {
    const { trigger } = await forwardingTrigger();
    const answer = await rawRequest(
      "POST",
      `/api/webhook/default/${trigger.slug}?key=${encodeURIComponent(trigger.secret)}&x=%00&y=%ff&%00=z`,
      bytes("{}"),
      {
        "content-type": "application/json",
        "x-latin1": "caf\u00e9 \u00ff",
        "idempotency-key": `k-\u00e9-${Date.now()}`,
      },
    );
    expect(answer.status).toBe(200);
    const [stored] = await db().event.findMany({ where: { triggerId: trigger.id }, select: { id: true } });
    const event = await readEvent(stored!.id);
    expect(event.headers["x-latin1"]).toBe("caf\u00e9 \u00ff");
    // A NUL cannot be stored as text and %ff is not UTF-8: such a name or value is kept as it arrived, encoded.
    expect(event.query).toEqual({ key: "[redacted]", x: "%00", y: "%ff", "%00": "z" });
  });
});

describe("templates over a body jsonb cannot hold", () => {
  it("render the trigger's body variable parsed again from the exact bytes", async () => {
    const target = await startHttpTarget();
    targets.push(target);
    const connector = await subscribedConnector({ url: target.url });
    const trigger = await createTrigger(admin, {
      name: unique("Raw only"),
      slug: unique("raw-only").toLowerCase(),
      bodyVariable: "incoming",
      actions: [{ connectorId: connector.id, bodyTemplate: '{"copy": {{incoming.a}}, "keys": {{incoming}}}' }],
    });
    const answer = await rawRequest(
      "POST",
      `/api/webhook/default/${trigger.slug}?key=${encodeURIComponent(trigger.secret)}`,
      bytes('{"a":"x\\u0000y","\\ud800":1}'),
      {
        "content-type": "application/json",
      },
    );
    expect(answer.status).toBe(200);
    const [received] = await target.waitForRequests(1);
    expect(JSON.parse(received!.body)).toEqual({ copy: "x\u0000y", keys: { a: "x\u0000y", "\ud800": 1 } });
  });
});

describe("wrong methods and hostile paths", () => {
  it.each(["GET", "PUT", "DELETE", "PATCH"])(
    "answers %s to a trigger URL 405 with Allow and stores it as refused",
    async (method) => {
      const { trigger } = await forwardingTrigger();
      for (const path of [
        `/api/webhook/default/${trigger.slug}?key=${encodeURIComponent(trigger.secret)}`,
        `/api/hooks/${trigger.id}`,
      ]) {
        const answer = await rawRequest(method, path, method === "GET" ? undefined : bytes('{"a":1}'), {
          "content-type": "application/json",
        });
        expect(answer.status).toBe(405);
        expect(answer.headers.allow).toBe("POST");
        expect(answer.headers["content-type"]).toMatch(/^application\/json/);
        expect(JSON.parse(answer.body)).toEqual({ error: "Method not allowed" });
      }
      const events = await db().event.findMany({ where: { triggerId: trigger.id }, orderBy: { receivedAt: "asc" } });
      expect(events.map((event) => [event.method, event.responseStatus])).toEqual([
        [method, 405],
        [method, 405],
      ]);
      expect(events[0]!.query).toEqual({ key: "[redacted]" });
      expect(JSON.stringify(events)).not.toContain(trigger.secret);
      expect(await db().delivery.count({ where: { eventId: { in: events.map((event) => event.id) } } })).toBe(0);
    },
  );

  it("stores a wrong method that declares a body larger than any column, without reading it", async () => {
    const { trigger } = await forwardingTrigger();
    const socket = net.connect(Number(new URL(receiver.base).port), "127.0.0.1");
    socket.write(
      `PUT /api/hooks/${trigger.id} HTTP/1.1\r\nHost: local\r\nContent-Type: application/json\r\nContent-Length: 99999999999\r\n\r\n{"a":`,
    );
    const reply = await new Promise<string>((resolve) => {
      let text = "";
      socket.on("data", (chunk) => (text += chunk.toString("latin1")));
      socket.on("close", () => resolve(text));
      socket.on("error", () => resolve(text));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 405 /);
    const [event] = await db().event.findMany({ where: { triggerId: trigger.id } });
    expect(event).toMatchObject({ method: "PUT", responseStatus: 405, sizeBytes: 0, rawBody: null });
  });

  it.each([
    ["NUL segments", "/api/webhook/%00/%00"],
    ["a NUL trigger id", "/api/hooks/%00"],
    ["invalid percent-encoding", "/api/webhook/%zz/%e0%80"],
    ["a 10 KB segment", `/api/webhook/default/${"a".repeat(10_240)}`],
    ["a 10 KB hook id", `/api/hooks/${"%41".repeat(3_500)}`],
  ])("answers %s 404 in JSON", async (_name, path) => {
    const answer = await rawRequest("POST", path, bytes("{}"), { "content-type": "application/json" });
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body)).toEqual({ error: "Webhook not found" });
  });
});

describe("an app webhook", () => {
  it.each(CASES)("stores $name byte for byte and forwards the same bytes, on receipt and on replay", async (item) => {
    const target = await startHttpTarget();
    targets.push(target);
    const connector = await subscribedConnector({ url: target.url });
    const name = unique("bytes").replaceAll("-", "_");
    const listener = await createListenerRoute(
      apiRequest("/api/v1/app-listeners", {
        method: "POST",
        body: { name, actions: [{ connectorId: connector.id }] },
        headers: { authorization: admin },
      }),
    );
    expect(listener.status).toBe(201);
    const created = await createCompatWebhookRoute(
      apiRequest("/api/app/webhooks", {
        method: "POST",
        body: { action: name, props: {} },
        headers: { authorization: admin },
      }),
    );
    const { uuid } = (await created.json()) as { uuid: string };

    const request = new Request(`http://local/api/apps/${workspaceId}/webhooks/${uuid}`, {
      method: "POST",
      headers: item.contentType ? { "content-type": item.contentType } : {},
      body: item.body.length > 0 ? new Uint8Array(item.body) : null,
    });
    const answer = await appTriggerRoute(request, {
      params: Promise.resolve({ app_uuid: workspaceId, webhook_uuid: uuid }),
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ status: "accepted", workflow_started: true });

    const [stored] = await db().event.findMany({ where: { appWebhookId: uuid }, select: { id: true } });
    expectStoredExactly(await readEvent(stored!.id), item);
    const [first] = await target.waitForRequests(1);
    expect(first!.bytes.equals(item.body)).toBe(true);
    expect(await replay(stored!.id)).toMatchObject({ deliveries: 1 });
    const [, again] = await target.waitForRequests(2);
    expect(again!.bytes.equals(item.body)).toBe(true);
  });
});

describe("an app webhook called with the wrong method", () => {
  it("answers 405 with Allow: POST and stores the request as refused", async () => {
    const created = await createCompatWebhookRoute(
      apiRequest("/api/app/webhooks", {
        method: "POST",
        body: { action: unique("none").replaceAll("-", "_"), props: {} },
        headers: { authorization: admin },
      }),
    );
    const { uuid } = (await created.json()) as { uuid: string };
    const answer = await appGetRoute(new Request(`http://local/api/apps/${workspaceId}/webhooks/${uuid}?a=1`), {
      params: Promise.resolve({ app_uuid: workspaceId, webhook_uuid: uuid }),
    });
    expect(answer.status).toBe(405);
    expect(answer.headers.get("allow")).toBe("POST");
    expect(await answer.json()).toEqual({ error: "Method not allowed" });
    const events = await db().event.findMany({ where: { appWebhookId: uuid } });
    expect(events.map((event) => [event.method, event.responseStatus, event.query])).toEqual([
      ["GET", 405, { a: "1" }],
    ]);

    const unknown = await appGetRoute(new Request(`http://local/api/apps/${workspaceId}/webhooks/not-a-uuid`), {
      params: Promise.resolve({ app_uuid: workspaceId, webhook_uuid: "not-a-uuid" }),
    });
    expect(unknown.status).toBe(404);
  });
});

describe("a published event", () => {
  it.each([
    ["a \\u0000 escape", '{"a":"x\\u0000y"}', true],
    ["a NUL escape in a key", '{"k\\u0000":[1, "\\u0000"]}', true],
    ["a lone surrogate escape", '{"a":"\\ud800", "b": "\\udfff x"}', true],
    ["150.00 with its key order and spacing", '{"total": 150.00, "b":1,"a":2}', false],
    ["a bare string with escapes", '"caf\\u00e9 \\n"', false],
    ["unicode text", '{"name":"Zoë 東京 🎉"}', false],
  ])("with %s is delivered as the exact payload text, then again on replay", async (_name, payload, rawOnly) => {
    const target = await startHttpTarget();
    targets.push(target);
    const type = await eventType();
    await subscribedConnector({ url: target.url, subscribeTo: [type.key] });
    const requestText = `{"type": "${type.key}",\n  "payload":  ${payload} }`;
    const response = await publishRoute(
      new Request("http://local/api/v1/events", {
        method: "POST",
        headers: { authorization: admin, "content-type": "application/json" },
        body: requestText,
      }),
    );
    expect(response.status).toBe(202);
    const { id, deliveries } = (await response.json()) as { id: string; deliveries: number };
    expect(deliveries).toBe(1);

    const [first] = await target.waitForRequests(1);
    expect(first!.bytes.equals(Buffer.from(payload, "utf8"))).toBe(true);
    const event = await readEvent(id);
    expect(event.rawBody).toBe(payload);
    expect(Buffer.from(event.rawBodyBase64!, "base64").toString("utf8")).toBe(payload);
    expect(event.bodyRawOnly).toBe(rawOnly);
    if (!rawOnly) expect(event.body).toEqual(JSON.parse(payload));

    expect(await replay(id)).toMatchObject({ deliveries: 1 });
    const [, again] = await target.waitForRequests(2);
    expect(again!.bytes.equals(Buffer.from(payload, "utf8"))).toBe(true);
    const stored = await eventually(
      () => db().delivery.findMany({ where: { eventId: id } }),
      (rows) => rows.length === 2 && rows.every((row) => row.status === "succeeded"),
    );
    expect(stored.map((row) => row.status)).toEqual(["succeeded", "succeeded"]);
  });

  it("renders templates from a payload jsonb cannot hold", async () => {
    const target = await startHttpTarget();
    targets.push(target);
    const type = await eventType();
    await subscribedConnector({ url: target.url, subscribeTo: [type.key], bodyTemplate: '{"copy": {{payload.a}}}' });
    const response = await publishRoute(
      new Request("http://local/api/v1/events", {
        method: "POST",
        headers: { authorization: admin, "content-type": "application/json" },
        body: `{"type":"${type.key}","payload":{"a":"x\\u0000y"}}`,
      }),
    );
    expect(response.status).toBe(202);
    const [received] = await target.waitForRequests(1);
    expect(JSON.parse(received!.body)).toEqual({ copy: "x\u0000y" });
  });
});
