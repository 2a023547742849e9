// The HTTP edge's input rules, through real route handlers and PostgreSQL: one body cap for every JSON route
// (declared lengths refused before reading, streams cut at the cap), JSON only, UTF-8 only, and no NUL or lone
// surrogate in any string of any input (body keys and values, query, path), refused as 400 naming the field
// before any query runs. The fuzz suite covers every operation; this file pins the exact answers.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import * as setup from "@/app/api/auth/setup/route";
import * as connectors from "@/app/api/v1/connectors/route";
import * as connector from "@/app/api/v1/connectors/[id]/route";
import * as eventTypes from "@/app/api/v1/event-types/route";
import * as events from "@/app/api/v1/events/route";
import * as crm from "@/app/api/v2/webhooks/route";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { apiToken, routeParams, unique } from "../support/auth-fixtures";

let admin: string;
beforeAll(async () => {
  admin = (await apiToken("admin")).authorization;
});

afterEach(() => {
  delete process.env.SWITCHBOARD_MAX_BODY_BYTES;
  resetEnvCache();
});

const MiB = 1024 * 1024;

function post(path: string, body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request(`http://local${path}`, {
    method: "POST",
    headers: { authorization: admin, "content-type": "application/json", ...headers },
    body,
    // Streams as request bodies need half duplex.
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

/** A body that never ends: only a reader that stops at the cap can answer it. */
function endlessBody(onPull: () => void): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  return new ReadableStream({
    pull(controller) {
      onPull();
      controller.enqueue(chunk);
    },
  });
}

describe("one body cap for every JSON route", () => {
  it("refuses a declared Content-Length over the cap before reading a byte", async () => {
    let pulled = 0;
    const response = await connectors.POST(
      post(
        "/api/v1/connectors",
        endlessBody(() => pulled++),
        { "content-length": String(50 * MiB) },
      ),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: {
        code: "payload_too_large",
        message: "The request body is larger than 1 MiB",
        details: { maxBytes: MiB },
      },
    });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("cuts a body without Content-Length at the cap", async () => {
    let pulled = 0;
    const response = await connectors.POST(
      post(
        "/api/v1/connectors",
        endlessBody(() => pulled++),
      ),
    );
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
    // 1 MiB in 64 KiB chunks, plus the one that went over and what the stream queued ahead.
    expect(pulled).toBeLessThan(24);
  });

  it("applies to unauthenticated routes: first-admin setup", async () => {
    const response = await setup.POST(
      new Request("http://local/api/auth/setup", {
        method: "POST",
        // Same-origin, as the setup page sends it: the body cap is what refuses this request.
        headers: { "content-type": "application/json", origin: "http://local", "sec-fetch-site": "same-origin" },
        body: endlessBody(() => {}),
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
  });

  it("is configurable with SWITCHBOARD_MAX_BODY_BYTES", async () => {
    process.env.SWITCHBOARD_MAX_BODY_BYTES = "2048";
    resetEnvCache();
    const response = await eventTypes.POST(
      post("/api/v1/event-types", JSON.stringify({ key: unique("cap"), description: "x".repeat(4000) })),
    );
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toBe("The request body is larger than 2 KiB");
  });

  it("lets the events route carry a payload larger than the default cap, up to the payload limit", async () => {
    const response = await events.POST(
      post("/api/v1/events", JSON.stringify({ type: "no.such.type", payload: { text: "x".repeat(MiB - 100) } })),
    );
    // Read whole and checked: the unknown type is what is wrong, not the size.
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toContain("Unknown event type");
  });

  it("answers the CRM route's over-cap body in the CRM's shape", async () => {
    const response = await crm.POST(
      post(
        "/api/v2/webhooks",
        endlessBody(() => {}),
      ),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      Status: "Error",
      ExceptionType: "PayloadTooLargeException",
      ExceptionMessage: "The request body is larger than 1 MiB",
    });
  });
});

describe("JSON in UTF-8 only", () => {
  it("refuses another declared media type with 415", async () => {
    const response = await connectors.POST(
      post("/api/v1/connectors", JSON.stringify({ name: "x", url: "https://example.com" }), {
        "content-type": "text/plain",
      }),
    );
    expect(response.status).toBe(415);
    expect((await response.json()).error).toMatchObject({
      code: "unsupported_media_type",
      message: expect.stringContaining("application/json"),
    });
  });

  it("accepts JSON media types with parameters and +json suffixes", async () => {
    for (const type of ["application/json; charset=utf-8", "application/merge-patch+json"]) {
      const response = await eventTypes.POST(
        post("/api/v1/event-types", JSON.stringify({ key: unique("media") }), { "content-type": type }),
      );
      expect(response.status, type).toBe(201);
    }
  });

  it("refuses bytes that are not UTF-8 with 400", async () => {
    const body = Buffer.concat([Buffer.from('{"key":"caf'), Buffer.from([0xff]), Buffer.from('"}')]);
    const response = await eventTypes.POST(post("/api/v1/event-types", body));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({
      code: "bad_request",
      message: "The request body is not valid UTF-8",
    });
  });
});

describe("strings PostgreSQL cannot hold are refused as 400 naming the field, before any query", () => {
  const cases = [
    {
      what: "NUL in a body field",
      body: { key: "a.b", description: "x\u0000y" },
      message: "Invalid request body: description: must not contain NUL characters",
    },
    {
      what: "lone surrogate in a body field",
      body: { key: "a.b", description: "x\ud800y" },
      message: "Invalid request body: description: must not contain unpaired surrogate characters (invalid Unicode)",
    },
    {
      what: "NUL deep inside",
      body: { key: "a.b", samplePayload: { list: [{ name: "\u0000" }] } },
      message: "Invalid request body: samplePayload.list.0.name: must not contain NUL characters",
    },
    {
      what: "NUL in a key",
      body: { key: "a.b", samplePayload: { "na\u0000me": 1 } },
      message: "Invalid request body: samplePayload: keys must not contain NUL characters",
    },
    {
      what: "nesting deeper than 64 levels",
      body: { key: "a.b", samplePayload: JSON.parse("[".repeat(100) + "]".repeat(100)) },
      message: expect.stringContaining("must not nest deeper than 64 levels"),
    },
  ];

  it.each(cases)("$what", async ({ body, message }) => {
    const before = await db().eventType.count();
    const response = await eventTypes.POST(post("/api/v1/event-types", JSON.stringify(body)));
    expect(response.status).toBe(400);
    const answer = await response.json();
    expect(answer.error).toMatchObject({ code: "validation_failed", message });
    expect(answer.error.details[0].path).toBeTypeOf("string");
    expect(await db().eventType.count()).toBe(before);
  });

  it.each(["q", "authType"])("NUL in the list filter ?%s", async (name) => {
    const response = await connectors.GET(
      new Request(`http://local/api/v1/connectors?${name}=a%00b`, { headers: { authorization: admin } }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({
      code: "validation_failed",
      message: `Invalid query: ${name}: must not contain NUL characters`,
    });
  });

  it("NUL in a path parameter", async () => {
    const response = await connector.GET(
      new Request("http://local/api/v1/connectors/%00", { headers: { authorization: admin } }),
      routeParams({ id: "\u0000" }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe("Invalid path parameters: id: must not contain NUL characters");
  });

  it("answers the CRM route in its own shape", async () => {
    const response = await crm.POST(
      post(
        "/api/v2/webhooks",
        JSON.stringify({ URL: "https://example.com/hook", WebhookEvent: 1, Description: "a\u0000b" }),
      ),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      Status: "Error",
      ExceptionType: "InvalidInputException",
      ExceptionMessage: "Invalid request body: Description: must not contain NUL characters",
    });
  });

  it("exempts the event payload, which is content: it is not refused as a field", async () => {
    const response = await events.POST(
      post("/api/v1/events", JSON.stringify({ type: "no.such.type", payload: { text: "a\u0000b", odd: "\ud800" } })),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toContain("Unknown event type");
  });
});
