// The receive endpoint over real HTTP: the documented caller examples, every authentication preset with its
// provider's own signer, the exact error answers, a flood, 500 concurrent posts, idempotent replays, and an
// action that renders {{requestBody}} into a connector call a local receiver gets.
import { createHmac, randomUUID } from "node:crypto";
import { Webhook } from "standardwebhooks";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as updateRoute } from "@/app/api/v1/triggers/[id]/route";
import { POST as rotateRoute } from "@/app/api/v1/triggers/[id]/rotate-key/route";
import { POST as replayRoute } from "@/app/api/v1/events/[id]/replay/route";
import { GET as listEvents } from "@/app/api/v1/events/route";
import { GET as getEventRoute } from "@/app/api/v1/events/[id]/route";
import { GET as exportEventsRoute } from "@/app/api/v1/export/events/route";
import { GET as exportDeliveriesRoute } from "@/app/api/v1/export/deliveries/route";
import { GET as streamRoute } from "@/app/api/v1/stream/route";
import { db, disconnectDb } from "@/lib/db";
import { closePool, pool } from "@/lib/db/pool";
import { generateSigningSecret } from "@/lib/crypto/standard-webhooks";
import { startDeliveryWorker, type RunningWorker } from "@/lib/delivery/worker";
import { clearTriggerCache } from "@/lib/triggers/trigger-cache";
import { apiRequest, apiToken, routeParams } from "../support/auth-fixtures";
import { eventually, subscribedConnector } from "../support/delivery-fixtures";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import {
  createTrigger as createTriggerAs,
  postToTrigger as post,
  startReceiveServer,
  triggerUrl,
  type ReceiveServer,
} from "../support/inbound-fixtures";
import { useIsolatedDatabase } from "../support/isolated-database";

let receiver: ReceiveServer;
let admin: string;
let worker: RunningWorker;
const targets: HttpTarget[] = [];

interface TriggerInput {
  authType?: string;
  secret?: string;
  rateLimit?: { count: number; windowMs: number } | null;
  maxBodyBytes?: number;
  actions?: { connectorId: string; bodyTemplate?: string | null }[];
  allowedMethods?: string[];
}

const createTrigger = (input: TriggerInput = {}) => createTriggerAs(admin, input);
const hookUrl = (slug: string, key?: string) => triggerUrl(receiver.base, slug, key);

/** The body of the seed document's cURL example (inbound-trigger-shared-key.txt), character for character. */
const CURL_EXAMPLE_BODY = `{
"event": "order_created",
"order_id": "12345",
"total": 150.00
}`;

const eventsOf = (triggerId: string) => db().event.findMany({ where: { triggerId }, orderBy: { receivedAt: "asc" } });

beforeAll(async () => {
  await useIsolatedDatabase("inbound");
  admin = (await apiToken("admin")).authorization;
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

describe("shared key", () => {
  it("accepts the documented cURL call with ?key= verbatim: stores its bytes and forwards 150.00 as sent", async () => {
    const target = await startHttpTarget();
    targets.push(target);
    const connector = await subscribedConnector({ url: target.url });
    const trigger = await createTrigger({
      actions: [{ connectorId: connector.id, bodyTemplate: '{"order": {{requestBody}}, "payload": {{payload}}}' }],
    });
    expect(trigger.secret.length).toBeGreaterThanOrEqual(32);
    const answer = await post(hookUrl(trigger.slug, trigger.secret), CURL_EXAMPLE_BODY);
    expect(answer).toMatchObject({ status: 200, body: { status: "accepted", workflow_started: true } });

    const [event] = await eventsOf(trigger.id);
    expect(event).toMatchObject({
      source: "trigger",
      method: "POST",
      body: { event: "order_created", order_id: "12345", total: 150 },
      rawBody: CURL_EXAMPLE_BODY,
      responseStatus: 200,
      verification: "ok:shared_key",
    });
    const read = await getEventRoute(
      apiRequest(`/api/v1/events/${event!.id}`, { headers: { authorization: admin } }),
      routeParams({ id: event!.id }),
    );
    expect(Buffer.from((await read.json()).rawBodyBase64, "base64").toString("utf8")).toBe(CURL_EXAMPLE_BODY);
    expect(event!.query).toEqual({ key: "[redacted]" });
    expect((event!.headers as Record<string, string>)["content-type"]).toBe("application/json");
    expect(JSON.stringify(event)).not.toContain(trigger.secret);

    // The variables insert the text as received: 150.00 stays 150.00, line breaks included.
    const [received] = await target.waitForRequests(1);
    expect(received!.body).toBe(`{"order": ${CURL_EXAMPLE_BODY}, "payload": ${CURL_EXAMPLE_BODY}}`);
  });

  it("accepts the key in X-Switchboard-Key (fetch example), a form post, and the Python example's json= bytes", async () => {
    const trigger = await createTrigger();
    const viaHeader = await post(hookUrl(trigger.slug), JSON.stringify({ event: "user_signup", user_id: "67890" }), {
      "content-type": "application/json",
      "x-switchboard-key": trigger.secret,
    });
    expect(viaHeader.status).toBe(200);
    const form = await post(hookUrl(trigger.slug, trigger.secret), "event=payment_failed&order_id=12345", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(form.status).toBe(200);
    // The document's Python example itself (json=data): requests serialises with ", " and ": " separators.
    const pythonBody = '{"event": "payment_failed", "order_id": "12345", "reason": "insufficient_funds"}';
    expect((await post(hookUrl(trigger.slug, trigger.secret), pythonBody)).status).toBe(200);
    const events = await eventsOf(trigger.id);
    expect(events.map((event) => event.body)).toEqual([
      { event: "user_signup", user_id: "67890" },
      { event: "payment_failed", order_id: "12345" },
      { event: "payment_failed", order_id: "12345", reason: "insufficient_funds" },
    ]);
    expect(events[2]!.rawBody).toBe(pythonBody);
    expect((events[0]!.headers as Record<string, string>)["x-switchboard-key"]).toBe("[redacted]");
  });

  it.each([
    ["a wrong key", "?key=wrong", 401, { error: "Invalid shared key" }],
    ["no key", "", 401, { error: "Invalid shared key" }],
  ])("answers %s with %i", async (_name, query, status, body) => {
    const trigger = await createTrigger();
    const answer = await post(`${hookUrl(trigger.slug)}${query}`, "{}");
    expect(answer).toMatchObject({ status, body });
    const [event] = await eventsOf(trigger.id);
    expect(event).toMatchObject({ responseStatus: 401, rawBody: null });
    expect(event!.verification).toMatch(/^failed/);
  });

  it("keeps the old key working after a rotation until its grace period ends", async () => {
    const trigger = await createTrigger();
    const rotated = await rotateRoute(
      apiRequest(`/api/v1/triggers/${trigger.id}/rotate-key`, {
        method: "POST",
        body: {},
        headers: { authorization: admin },
      }),
      routeParams({ id: trigger.id }),
    );
    const { secret: newKey } = await rotated.json();
    expect(newKey).not.toBe(trigger.secret);
    clearTriggerCache();
    expect((await post(hookUrl(trigger.slug, newKey), "{}")).status).toBe(200);
    expect((await post(hookUrl(trigger.slug, trigger.secret), "{}")).status).toBe(200);
    await db().trigger.update({
      where: { id: trigger.id },
      data: { previousSecretExpiresAt: new Date(Date.now() - 1000) },
    });
    clearTriggerCache();
    expect((await post(hookUrl(trigger.slug, trigger.secret), "{}")).status).toBe(401);
  });
});

describe("credential headers", () => {
  /** The SSE text read so far, grown until `done` holds for it (one read in flight, so no chunk is dropped). */
  function streamReader(response: Response) {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    return async (done: (text: string) => boolean): Promise<string> => {
      while (!done(text)) {
        const chunk = await reader.read();
        if (chunk.done) throw new Error(`the stream ended; got:\n${text}`);
        text += decoder.decode(chunk.value, { stream: true });
      }
      return text;
    };
  }

  // The code's own rule (lib/inbound/received-request.ts): the name stays, the value becomes "[redacted]". The
  // seed document shows an authorization header in its header variable; Switchboard never stores login material.
  it.each([
    ["authorization", (secret: string) => `Bearer ${secret}`],
    ["proxy-authorization", (secret: string) => `Basic ${secret}`],
    ["cookie", (secret: string) => `session=${secret}; theme=dark`],
  ])(
    "stores %s as [redacted]: event API, database rows, action variables, SSE and both exports never hold it",
    async (name, valueOf) => {
      const secret = `cred-${randomUUID()}`;
      const target = await startHttpTarget();
      targets.push(target);
      const connector = await subscribedConnector({ url: target.url });
      const trigger = await createTrigger({
        actions: [{ connectorId: connector.id, bodyTemplate: '{"headers": {{requestHeaders}}}' }],
      });
      const abort = new AbortController();
      const stream = await streamRoute(
        new Request("http://local/api/v1/stream", { headers: { authorization: admin }, signal: abort.signal }),
      );
      expect(stream.status).toBe(200);
      const streamed = streamReader(stream);
      try {
        // Posted only once the stream listens, or its first read would start after our events.
        await streamed((text) => text.includes(": connected"));
        const headers = { "content-type": "application/json", [name]: valueOf(secret) };
        const accepted = await post(hookUrl(trigger.slug, trigger.secret), '{"n":1}', headers);
        expect(accepted).toMatchObject({ status: 200, body: { workflow_started: true } });
        // A refused request is stored too, with its headers.
        expect((await post(hookUrl(trigger.slug, "wrong"), '{"n":2}', headers)).status).toBe(401);
        const ids = (await eventsOf(trigger.id)).map((event) => event.id);
        expect(ids).toHaveLength(2);

        for (const id of ids) {
          const response = await getEventRoute(
            apiRequest(`/api/v1/events/${id}`, { headers: { authorization: admin } }),
            routeParams({ id }),
          );
          const text = await response.text();
          expect(response.status).toBe(200);
          expect(text).not.toContain(secret);
          expect(JSON.parse(text).headers).toMatchObject({ [name]: "[redacted]", "content-type": "application/json" });
          const { rows } = await pool().query<{ row: string; value: string }>(
            `SELECT row_to_json(e)::text AS row, e.headers->>$2 AS value FROM "Event" e WHERE e.id = $1::uuid`,
            [id, name],
          );
          expect(rows[0]!.value).toBe("[redacted]");
          expect(rows[0]!.row).not.toContain(secret);
        }

        // The action renders the stored (redacted) headers, and nothing it stores holds the value.
        const [received] = await target.waitForRequests(1);
        expect(JSON.parse(received!.body).headers[name]).toBe("[redacted]");
        expect(received!.body).not.toContain(secret);
        await eventually(
          () => db().delivery.findMany({ where: { eventId: ids[0] } }),
          (rows) => rows[0]?.status === "succeeded",
        );
        const { rows: stored } = await pool().query<{ row: string }>(
          `SELECT row_to_json(d)::text AS row FROM "Delivery" d WHERE d."eventId" = ANY($1::uuid[])
           UNION ALL SELECT row_to_json(a)::text FROM "DeliveryAttempt" a JOIN "Delivery" d ON d.id = a."deliveryId"
           WHERE d."eventId" = ANY($1::uuid[])`,
          [ids],
        );
        expect(stored.length).toBeGreaterThanOrEqual(2);
        for (const { row } of stored) expect(row).not.toContain(secret);

        for (const [exportRoute, path] of [
          [exportEventsRoute, "/api/v1/export/events"],
          [exportDeliveriesRoute, "/api/v1/export/deliveries"],
        ] as const) {
          for (const format of ["json", "csv"]) {
            const response = await exportRoute(
              apiRequest(`${path}?format=${format}`, { headers: { authorization: admin } }),
            );
            const text = await response.text();
            expect(response.status).toBe(200);
            expect(text).toContain(ids[0]);
            expect(text).not.toContain(secret);
          }
        }

        expect(await streamed((text) => ids.every((id) => text.includes(id)))).not.toContain(secret);
      } finally {
        abort.abort();
      }
    },
  );
});

describe("signature presets", () => {
  it("verifies GitHub's documented test vector", async () => {
    const trigger = await createTrigger({ authType: "github", secret: "It's a Secret to Everybody" });
    const answer = await post(hookUrl(trigger.slug), "Hello, World!", {
      "content-type": "text/plain",
      "x-hub-signature-256": "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
    });
    expect(answer).toMatchObject({ status: 200, body: { status: "accepted" } });
    const bad = await post(hookUrl(trigger.slug), "Hello, World?", {
      "content-type": "text/plain",
      "x-hub-signature-256": "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
    });
    expect(bad).toMatchObject({ status: 401, body: { error: "Invalid signature" } });
  });

  it("verifies Stripe's own test header and refuses a stale one", async () => {
    const secret = "whsec_stripe_test_secret";
    const trigger = await createTrigger({ authType: "stripe", secret });
    const stripe = new Stripe("sk_test_unused");
    const payload = JSON.stringify({ id: "evt_1", type: "charge.succeeded" });
    const fresh = stripe.webhooks.generateTestHeaderString({ payload, secret });
    expect(
      (await post(hookUrl(trigger.slug), payload, { "content-type": "application/json", "stripe-signature": fresh }))
        .status,
    ).toBe(200);
    const stale = stripe.webhooks.generateTestHeaderString({
      payload,
      secret,
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    const refused = await post(hookUrl(trigger.slug), payload, {
      "content-type": "application/json",
      "stripe-signature": stale,
    });
    expect(refused).toMatchObject({ status: 401, body: { error: "Invalid signature" } });
  });

  it("verifies Slack's v0 signature and Standard Webhooks from their library", async () => {
    const slackSecret = "slack-signing-secret";
    const slack = await createTrigger({ authType: "slack", secret: slackSecret });
    const body = "token=x&command=%2Fdeploy";
    const ts = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac("sha256", slackSecret).update(`v0:${ts}:${body}`).digest("hex")}`;
    const slackAnswer = await post(hookUrl(slack.slug), body, {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-signature": signature,
      "x-slack-request-timestamp": String(ts),
    });
    expect(slackAnswer.status).toBe(200);

    const standardSecret = generateSigningSecret();
    const standard = await createTrigger({ authType: "standard", secret: standardSecret });
    const payload = JSON.stringify({ type: "invoice.paid" });
    const msgId = `msg_${Date.now()}`;
    const headers = {
      "content-type": "application/json",
      "webhook-id": msgId,
      "webhook-timestamp": String(ts),
      "webhook-signature": new Webhook(standardSecret).sign(msgId, new Date(ts * 1000), payload),
    };
    expect((await post(hookUrl(standard.slug), payload, headers)).status).toBe(200);
    // webhook-id doubles as the idempotency key: the same message again stores nothing new.
    expect((await post(hookUrl(standard.slug), payload, headers)).status).toBe(200);
    expect(await db().event.count({ where: { triggerId: standard.id } })).toBe(1);
  });

  it("answers Slack's url_verification with its challenge (signed, as Slack sends it), storing it and running no action", async () => {
    const slackSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    const receiver = await startHttpTarget();
    targets.push(receiver);
    const connector = await subscribedConnector({ url: receiver.url });
    const slack = await createTrigger({
      authType: "slack",
      secret: slackSecret,
      actions: [{ connectorId: connector.id }],
    });
    // Slack's documented example body.
    const body = JSON.stringify({
      token: "Jhj5dZrVaK7ZwHHjRyZWjbDl",
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
      type: "url_verification",
    });
    const ts = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac("sha256", slackSecret).update(`v0:${ts}:${body}`).digest("hex")}`;
    const headers = {
      "content-type": "application/json",
      "x-slack-signature": signature,
      "x-slack-request-timestamp": String(ts),
    };
    const answer = await post(hookUrl(slack.slug), body, headers);
    expect(answer).toMatchObject({
      status: 200,
      body: { challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" },
    });
    const [event] = await eventsOf(slack.id);
    expect(event).toMatchObject({ responseStatus: 200, verification: "ok:slack" });
    expect(await db().delivery.count({ where: { eventId: event!.id } })).toBe(0);
    // Unsigned, the same body is refused like any other call.
    expect((await post(hookUrl(slack.slug), body, { "content-type": "application/json" })).status).toBe(401);
    // An ordinary Slack event still runs the action.
    const eventBody = JSON.stringify({ type: "event_callback", event: { type: "app_mention" } });
    const eventSignature = `v0=${createHmac("sha256", slackSecret).update(`v0:${ts}:${eventBody}`).digest("hex")}`;
    const accepted = await post(hookUrl(slack.slug), eventBody, { ...headers, "x-slack-signature": eventSignature });
    expect(accepted.body).toEqual({ status: "accepted", workflow_started: true });
  });

  it("records the address the trusted proxy added (the last X-Forwarded-For entry), not one the caller wrote", async () => {
    const trigger = await createTrigger();
    const answer = await post(hookUrl(trigger.slug, trigger.secret), '{"a":1}', {
      "content-type": "application/json",
      "x-forwarded-for": "6.6.6.6, 203.0.113.7",
    });
    expect(answer.status).toBe(200);
    const [event] = await eventsOf(trigger.id);
    expect(event?.sourceIp).toBe("203.0.113.7");
  });

  it("accepts Standard Webhooks under Svix's older header names (svix-id, svix-timestamp, svix-signature)", async () => {
    const secret = generateSigningSecret();
    const trigger = await createTrigger({ authType: "standard", secret });
    const payload = JSON.stringify({ type: "invoice.paid", via: "svix" });
    const msgId = `msg_svix_${Date.now()}`;
    const ts = Math.floor(Date.now() / 1000);
    const headers = {
      "content-type": "application/json",
      "svix-id": msgId,
      "svix-timestamp": String(ts),
      "svix-signature": new Webhook(secret).sign(msgId, new Date(ts * 1000), payload),
    };
    expect((await post(hookUrl(trigger.slug), payload, headers)).status).toBe(200);
    // svix-id is the idempotency key just as webhook-id is.
    expect((await post(hookUrl(trigger.slug), payload, headers)).status).toBe(200);
    expect(await db().event.count({ where: { triggerId: trigger.id } })).toBe(1);
    const forged = await post(hookUrl(trigger.slug), payload, { ...headers, "svix-signature": "v1,AAAA" });
    expect(forged.status).toBe(401);
  });
});

describe("bad input", () => {
  it("answers invalid JSON 400, an oversized body 413, an unknown trigger 404 and a wrong method 405", async () => {
    const trigger = await createTrigger({ maxBodyBytes: 1024 });
    expect(await post(hookUrl(trigger.slug, trigger.secret), "{not json")).toMatchObject({
      status: 400,
      body: { error: "Invalid request format" },
    });
    expect(await post(hookUrl(trigger.slug, trigger.secret), JSON.stringify({ pad: "x".repeat(2048) }))).toMatchObject({
      status: 413,
    });
    expect(await post(hookUrl("no-such-trigger", "k"), "{}")).toMatchObject({
      status: 404,
      body: { error: "Webhook not found" },
    });
    const get = await fetch(hookUrl(trigger.slug, trigger.secret));
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
  });

  it("stops answering a disabled trigger within the cache bound", async () => {
    const trigger = await createTrigger();
    expect((await post(hookUrl(trigger.slug, trigger.secret), "{}")).status).toBe(200);
    await updateRoute(
      apiRequest(`/api/v1/triggers/${trigger.id}`, {
        method: "PATCH",
        body: { enabled: false },
        headers: { authorization: admin },
      }),
      routeParams({ id: trigger.id }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await post(hookUrl(trigger.slug, trigger.secret), "{}")).toMatchObject({
      status: 404,
      body: { error: "Webhook not found" },
    });
  });

  it("answers a flood 429 with Retry-After past the trigger's rate limit", async () => {
    const trigger = await createTrigger({ rateLimit: { count: 5, windowMs: 10_000 } });
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await post(hookUrl(trigger.slug, trigger.secret), "{}"));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(answers[5]!.body).toEqual({ error: "Too many requests" });
    expect(Number(answers[5]!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await db().event.count({ where: { triggerId: trigger.id } })).toBe(5);
  });
});

describe("volume and replays", () => {
  it("stores 500 concurrent posts exactly once each", async () => {
    const trigger = await createTrigger();
    const answers = await Promise.all(
      Array.from({ length: 500 }, (_, n) => post(hookUrl(trigger.slug, trigger.secret), JSON.stringify({ n }))),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const events = await eventsOf(trigger.id);
    expect(events).toHaveLength(500);
    expect(new Set(events.map((event) => (event.body as { n: number }).n)).size).toBe(500);
  });

  it("returns the first answer for a repeated Idempotency-Key and stores nothing new", async () => {
    const trigger = await createTrigger();
    const headers = { "content-type": "application/json", "idempotency-key": `idem-${Date.now()}` };
    const first = await post(hookUrl(trigger.slug, trigger.secret), '{"n":1}', headers);
    const second = await post(hookUrl(trigger.slug, trigger.secret), '{"n":2}', headers);
    expect(second).toMatchObject({ status: first.status, body: first.body });
    const events = await eventsOf(trigger.id);
    expect(events).toHaveLength(1);
    expect(events[0]!.body).toEqual({ n: 1 });

    // 24 hours later the key is free again.
    await db().event.update({
      where: { id: events[0]!.id },
      data: { receivedAt: new Date(Date.now() - 25 * 3600 * 1000) },
    });
    expect((await post(hookUrl(trigger.slug, trigger.secret), '{"n":3}', headers)).status).toBe(200);
    expect((await eventsOf(trigger.id)).map((event) => event.body)).toEqual([{ n: 1 }, { n: 3 }]);
  });
});

describe("actions", () => {
  it("renders {{requestBody}} into a connector call that a local receiver gets, via /api/hooks/{id} too", async () => {
    const target = await startHttpTarget();
    targets.push(target);
    const connector = await subscribedConnector({ url: target.url });
    const trigger = await createTrigger({
      actions: [
        {
          connectorId: connector.id,
          bodyTemplate:
            '{"order": {{requestBody}}, "email": "{{requestBody.customer.email}}", "agent": "{{requestHeaders.user-agent}}"}',
        },
      ],
    });
    const payload = { order_id: "ORD-12345", customer: { email: "customer@example.com" } };
    const answer = await post(
      `${receiver.base}/api/hooks/${trigger.id}?key=${encodeURIComponent(trigger.secret)}`,
      JSON.stringify(payload),
      {
        "content-type": "application/json",
        "user-agent": "MyApp/1.0",
      },
    );
    expect(answer).toMatchObject({ status: 200, body: { status: "accepted", workflow_started: true } });
    const [received] = await target.waitForRequests(1);
    expect(JSON.parse(received!.body)).toEqual({ order: payload, email: "customer@example.com", agent: "MyApp/1.0" });
    const [event] = await eventsOf(trigger.id);
    const deliveries = await eventually(
      () => db().delivery.findMany({ where: { eventId: event!.id } }),
      (rows) => rows[0]?.status === "succeeded",
    );
    expect(deliveries).toMatchObject([{ kind: "trigger_action", connectorId: connector.id, status: "succeeded" }]);

    // Replay runs the action again with the stored variables.
    const replayed = await replayRoute(
      apiRequest(`/api/v1/events/${event!.id}/replay`, { method: "POST", headers: { authorization: admin } }),
      routeParams({ id: event!.id }),
    );
    expect(await replayed.json()).toEqual({ id: event!.id, deliveries: 1 });
    const [, again] = await target.waitForRequests(2);
    expect(JSON.parse(again!.body)).toEqual(JSON.parse(received!.body));
  });
});

describe("the events list", () => {
  it("filters a trigger's events by answer: accepted or refused", async () => {
    const trigger = await createTrigger();
    await post(hookUrl(trigger.slug, trigger.secret), "{}");
    await post(hookUrl(trigger.slug, "wrong"), "{}");
    const list = async (outcome: string) =>
      (
        await (
          await listEvents(
            apiRequest(`/api/v1/events?triggerId=${trigger.id}&outcome=${outcome}`, {
              headers: { authorization: admin },
            }),
          )
        ).json()
      ).data as { responseStatus: number }[];
    expect((await list("accepted")).map((event) => event.responseStatus)).toEqual([200]);
    expect((await list("refused")).map((event) => event.responseStatus)).toEqual([401]);
  });
});
