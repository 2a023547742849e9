// A body over a trigger's size limit, through the production server's own listener (serveInboundOr: the receive
// path before Next.js), declared with Content-Length or sent chunked without one: both answer 413 in the receive
// path's documented shape, the chunked one after reading no more than the limit (the sender cannot push its
// megabytes into the server), and both are stored as refused requests, body not kept, as the Events page promises
// every request to a trigger.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/triggers/route";
import { db, disconnectDb } from "@/lib/db";
import { closePool } from "@/lib/db/pool";
import { serveInboundOr } from "@/lib/api/inbound/inbound-router";
import { apiRequest, apiToken, unique } from "../support/auth-fixtures";

const LIMIT = 1024;
/** What a chunked sender tries to push: far more than the socket buffers between it and the server can hold. */
const SENT_BYTES = 64 * 1024 * 1024;

let server: http.Server;
let port: number;
let admin: string;

beforeAll(async () => {
  admin = (await apiToken("admin")).authorization;
  server = http.createServer(serveInboundOr((_req, res) => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await closePool();
  await disconnectDb();
});

async function createTrigger() {
  const response = await createRoute(
    apiRequest("/api/v1/triggers", {
      method: "POST",
      body: { name: unique("Limit"), slug: unique("limit").toLowerCase(), rateLimit: null, maxBodyBytes: LIMIT },
      headers: { authorization: admin },
    }),
  );
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; slug: string; secret: string };
}

interface Answer {
  status: number;
  contentType: string | undefined;
  body: string;
  /** Bytes the sender had handed to its socket when the answer arrived. */
  sentBeforeAnswer: number;
}

/**
 * POSTs up to SENT_BYTES in 64 KiB chunks, each written only once the socket drained the last, and stops at the
 * answer. Chunked unless `declareLength`.
 */
function sendOversized(path: string, declareLength: boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(64 * 1024, "a");
    const request = http.request({
      host: "127.0.0.1",
      port,
      method: "POST",
      path,
      headers: {
        "content-type": "application/json",
        ...(declareLength ? { "content-length": String(SENT_BYTES) } : {}),
      },
    });
    request.on("response", (response) => {
      answered = true;
      const sentBeforeAnswer = sent;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (text) => (body += text));
      response.on("end", () => {
        resolve({
          status: response.statusCode ?? 0,
          contentType: response.headers["content-type"],
          body,
          sentBeforeAnswer,
        });
        request.destroy();
      });
      response.on("error", reject);
    });
    // The server closes the connection after its answer: writes after that fail, which is the point.
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sent < SENT_BYTES) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!answered) request.end();
    };
    if (declareLength) request.flushHeaders();
    pump();
  });
}

describe("a body over the trigger's limit", () => {
  it.each([
    ["declared with Content-Length", true],
    ["sent chunked without Content-Length", false],
  ])(
    "%s: 413 in the receive path's shape, read no further, stored as a refused request",
    async (_label, declareLength) => {
      const trigger = await createTrigger();
      const answer = await sendOversized(
        `/api/webhook/default/${trigger.slug}?key=${encodeURIComponent(trigger.secret)}`,
        declareLength,
      );

      expect(answer.status).toBe(413);
      expect(answer.contentType).toMatch(/^application\/json/);
      expect(JSON.parse(answer.body)).toEqual({ error: "Payload too large" });
      // The server stopped reading at the limit: what the sender got out before the answer is the limit plus what
      // the sockets' buffers hold in between (a few MiB on loopback), nowhere near the 64 MiB it tried to send.
      expect(answer.sentBeforeAnswer).toBeLessThan(16 * 1024 * 1024);

      const events = await db().event.findMany({ where: { triggerId: trigger.id } });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        method: "POST",
        responseStatus: 413,
        responseBody: { error: "Payload too large" },
        rawBody: null,
        rawBytes: null,
        body: null,
        sizeBytes: 0,
      });
      expect(events[0]!.verification).toMatch(/^not checked: the body is over the trigger's limit of 1024 bytes/);
      // The trigger's key is a credential: it is stored redacted, like on every other request.
      expect(JSON.stringify(events[0]!.query)).not.toContain(trigger.secret);
      // Refused means no action ran.
      expect(await db().delivery.count({ where: { eventId: events[0]!.id } })).toBe(0);
    },
  );
});
