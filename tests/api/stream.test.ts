// The live stream: a client connected to /api/v1/stream sees an event published after it connected, delivered
// through PostgreSQL LISTEN/NOTIFY, and hears when a delivery of its workspace changes status (the Overview and the
// lists refresh on it instead of polling).
import { afterAll, describe, expect, it } from "vitest";
import { GET as streamRoute } from "@/app/api/v1/stream/route";
import { STREAMS_PER_CALLER, eventStreamBody } from "@/lib/events/stream-hub";
import { POST as publishRoute } from "@/app/api/v1/events/route";
import { closePool, pool } from "@/lib/db/pool";
import { recordOutcomes } from "@/lib/delivery/record-results";
import { deleteSession } from "@/lib/auth/sessions";
import { revokeApiToken } from "@/lib/auth/api-tokens";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { sha256Hex } from "@/lib/crypto/tokens";
import { apiRequest, apiToken, userWithSession } from "../support/auth-fixtures";
import { eventType, subscribedConnector } from "../support/delivery-fixtures";

afterAll(async () => {
  await closePool();
});

/**
 * Reads the stream into one growing text: `until` waits for the text read so far to satisfy `done`, with one read
 * in flight at a time and one deadline, so no chunk is ever read and dropped.
 */
function streamText(reader: ReadableStreamDefaultReader<Uint8Array>) {
  const decoder = new TextDecoder();
  let text = "";
  return async function until(done: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`stream did not deliver within ${timeoutMs} ms; got:\n${text}`)),
        timeoutMs,
      );
    });
    try {
      while (!done(text)) {
        const chunk = await Promise.race([reader.read(), deadline]);
        if (chunk.done) throw new Error(`stream ended; got:\n${text}`);
        text += decoder.decode(chunk.value, { stream: true });
      }
      return text;
    } finally {
      clearTimeout(timer);
    }
  };
}

describe("GET /api/v1/stream", () => {
  it("requires authentication", async () => {
    const response = await streamRoute(apiRequest("/api/v1/stream"));
    expect(response.status).toBe(401);
  });

  it("pushes an event published after the client connected", async () => {
    const { authorization } = await apiToken("viewer");
    const admin = await apiToken("admin");
    const abort = new AbortController();
    const response = await streamRoute(
      new Request("http://local/api/v1/stream", { headers: { authorization }, signal: abort.signal }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = response.body!.getReader();
    const until = streamText(reader);
    await until((text) => text.includes(": connected"));

    const type = await eventType();
    const published = await publishRoute(
      apiRequest("/api/v1/events", {
        method: "POST",
        body: { type: type.key, payload: {} },
        headers: { authorization: admin.authorization },
      }),
    );
    const { id } = await published.json();
    const text = await until((received) => received.includes(id));
    const message = text.split("\n\n").find((block) => block.includes(id))!;
    expect(message).toContain("event: event");
    const data = JSON.parse(
      message
        .split("\n")
        .find((line) => line.startsWith("data: "))!
        .slice(6),
    );
    expect(data).toMatchObject({ id, source: "api", type: type.key });
    abort.abort();
    await reader.cancel().catch(() => {});
  });

  it("says when a delivery of the workspace changed status", async () => {
    const { authorization } = await apiToken("viewer");
    const admin = await apiToken("admin");
    const type = await eventType();
    // Port 9 (discard) on loopback: nothing answers, and the outcome below is written by hand anyway.
    await subscribedConnector({ url: "http://127.0.0.1:9/hook", subscribeTo: [type.key], retrySchedule: [3600] });
    const published = await publishRoute(
      apiRequest("/api/v1/events", {
        method: "POST",
        body: { type: type.key, payload: {} },
        headers: { authorization: admin.authorization },
      }),
    );
    const { id: eventId } = await published.json();
    const { rows } = await pool().query<{ id: string }>(`SELECT id FROM "Delivery" WHERE "eventId" = $1`, [eventId]);
    expect(rows).toHaveLength(1);

    const abort = new AbortController();
    const response = await streamRoute(
      new Request("http://local/api/v1/stream", { headers: { authorization }, signal: abort.signal }),
    );
    const reader = response.body!.getReader();
    const until = streamText(reader);
    // "ready" comes once the subscription is in place: from then on nothing is missed.
    await until((text) => text.includes("event: ready"));
    // Written as a worker writes it, by a holder of none (a delivery sent by hand): the same statement either way.
    await recordOutcomes(pool(), null, [
      {
        id: rows[0]!.id,
        status: "cancelled",
        attemptCount: 0,
        nextAttemptAt: null,
        rateSlotAt: null,
        lastStatus: null,
        lastErrorCode: null,
        lastErrorMessage: "stream test",
        completed: true,
      },
    ]);
    const text = await until((received) => received.includes("event: deliveries"));
    expect(text).toContain("event: deliveries\ndata: {}\n\n");
    abort.abort();
    await reader.cancel().catch(() => {});
  });

  /** Reads until the server closes the stream; fails if it is still open after `timeoutMs`. */
  async function readToEnd(reader: ReadableStreamDefaultReader<Uint8Array>, timeoutMs: number): Promise<string> {
    const decoder = new TextDecoder();
    let text = "";
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const left = deadline - Date.now();
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`stream still open after ${timeoutMs} ms; got:\n${text}`)), left),
        ),
      ]);
      if (chunk.done) return text;
      text += decoder.decode(chunk.value, { stream: true });
    }
  }

  // The stream outlives the request that authenticated it: without asking again, a signed-out browser (or a
  // revoked token) would go on hearing the workspace's events for as long as the connection stays open.
  it("ends once the session that opened it signs out", async () => {
    const { cookie, sessionToken } = await userWithSession("viewer");
    const abort = new AbortController();
    const response = await streamRoute(
      new Request("http://local/api/v1/stream", { headers: { cookie }, signal: abort.signal }),
    );
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    await streamText(reader)((text) => text.includes("event: ready"));
    await deleteSession(sessionToken);
    const rest = await readToEnd(reader, 12_000);
    expect(rest).toContain('event: end\ndata: {"reason":"unauthorized"}');
    abort.abort();
  }, 20_000);

  // Asking again is not a use: a recheck that spent the token's request budget would let a few open streams starve
  // the token's real calls (12 a minute each), and one that slid the session's expiry would keep an idle tab's
  // session alive for ever.
  it("asks again without spending the token's budget or sliding the session", async () => {
    const token = await apiToken("viewer");
    const { cookie, sessionToken } = await userWithSession("viewer");
    const abort = new AbortController();
    const open = async (headers: Record<string, string>) => {
      const response = await streamRoute(new Request("http://local/api/v1/stream", { headers, signal: abort.signal }));
      const reader = response.body!.getReader();
      await streamText(reader)((text) => text.includes("event: ready"));
      return reader;
    };
    const tokenReader = await open({ authorization: token.authorization });
    const sessionReader = await open({ cookie });
    const stale = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await pool().query(`UPDATE "Session" SET "lastSeenAt" = $1 WHERE "tokenHash" = $2`, [
      stale,
      sha256Hex(sessionToken),
    ]);
    const spent = async () =>
      (
        await pool().query<{ count: number }>(`SELECT "count" FROM "RateLimitBucket" WHERE "key" = $1`, [
          `api-token:${token.record.id}`,
        ])
      ).rows[0]?.count ?? 0;
    const before = await spent();
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    expect(await spent()).toBe(before);
    const { rows } = await pool().query<{ lastSeenAt: Date }>(
      `SELECT "lastSeenAt" FROM "Session" WHERE "tokenHash" = $1`,
      [sha256Hex(sessionToken)],
    );
    expect(rows[0]!.lastSeenAt.getTime()).toBe(stale.getTime());
    abort.abort();
    await tokenReader.cancel().catch(() => {});
    await sessionReader.cancel().catch(() => {});
  }, 25_000);

  // The database slow or unreachable: checks must not pile up on the pool (one at a time), and a credential that
  // cannot be confirmed for a few rounds hears nothing until a check answers again, instead of hearing everything
  // unchecked for as long as the outage lasts. The stream stays open (a browser's reconnect during an outage would
  // meet a 503, on which EventSource gives up), and "ready" says to read what was missed once it is confirmed.
  it("asks one check at a time, and carries nothing while the credential cannot be confirmed", async () => {
    const admin = await apiToken("admin");
    const type = await eventType();
    const publish = async () => {
      const published = await publishRoute(
        apiRequest("/api/v1/events", {
          method: "POST",
          body: { type: type.key, payload: {} },
          headers: { authorization: admin.authorization },
        }),
      );
      return ((await published.json()) as { id: string }).id;
    };
    const abort = new AbortController();
    let calls = 0;
    let answer: "hang" | "fail" | "yes" = "hang";
    const body = eventStreamBody(await defaultWorkspaceId(), abort.signal, {
      caller: "test:unconfirmed",
      recheckMs: 50,
      stillAllowed: () => {
        calls++;
        if (answer === "fail") return Promise.reject(new Error("database unavailable"));
        if (answer === "yes") return Promise.resolve(true);
        return new Promise<boolean>(() => {});
      },
    });
    const until = streamText(body.getReader());
    await until((text) => text.includes("event: ready"));
    // About ten rounds: a check every round would be ten calls; one given up every third round, three or four.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(calls).toBeLessThanOrEqual(4);
    answer = "fail";
    const unheard = await publish();
    // The publish's NOTIFY reaches the hub at once; its fallback poll is 2 s.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    answer = "yes";
    const text = await until((received) => received.split("event: ready").length === 3);
    expect(text).not.toContain(unheard);
    const heard = await publish();
    await until((received) => received.includes(heard));
    abort.abort();
  }, 20_000);

  // A client gone before its subscription was in place (a closed tab, a proxy's timeout): nothing of the stream may
  // go on after it, neither the re-check nor the heartbeat.
  it("leaves nothing running when the client leaves before it is subscribed", async () => {
    let checks = 0;
    const abort = new AbortController();
    const body = eventStreamBody(await defaultWorkspaceId(), abort.signal, {
      caller: "test:left-early",
      recheckMs: 20,
      stillAllowed: async () => {
        checks++;
        return true;
      },
    });
    const reader = body.getReader();
    abort.abort();
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(checks).toBe(0);
  });

  it("ends once its API token is revoked, and stays open while it is not", async () => {
    const revoked = await apiToken("viewer");
    const kept = await apiToken("viewer");
    const open = async (authorization: string, signal: AbortSignal) => {
      const response = await streamRoute(
        new Request("http://local/api/v1/stream", { headers: { authorization }, signal }),
      );
      const reader = response.body!.getReader();
      await streamText(reader)((text) => text.includes("event: ready"));
      return reader;
    };
    const abort = new AbortController();
    const revokedReader = await open(revoked.authorization, abort.signal);
    const keptReader = await open(kept.authorization, abort.signal);
    await revokeApiToken(await defaultWorkspaceId(), revoked.record.id);
    const rest = await readToEnd(revokedReader, 12_000);
    expect(rest).toContain("event: end");
    // The other stream lived through the same rechecks and is still open (whatever it reads, it is not its end).
    let keptEnded = false;
    void (async () => {
      for (;;) if ((await keptReader.read()).done) return (keptEnded = true);
    })().catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(keptEnded).toBe(false);
    abort.abort();
    await keptReader.cancel().catch(() => {});
  }, 20_000);

  // A browser shares one stream among its tabs; a caller holding more is a script or a leak, not a dashboard.
  it(`refuses a caller's stream past ${STREAMS_PER_CALLER} open ones with 429, and lets one in once one closes`, async () => {
    const { authorization } = await apiToken("viewer");
    const other = await apiToken("viewer");
    const open = (auth: string, signal: AbortSignal) =>
      streamRoute(new Request("http://local/api/v1/stream", { headers: { authorization: auth }, signal }));
    const aborts = Array.from({ length: STREAMS_PER_CALLER }, () => new AbortController());
    const held = await Promise.all(aborts.map((abort) => open(authorization, abort.signal)));
    expect(held.map((response) => response.status)).toEqual(held.map(() => 200));

    const refused = await open(authorization, new AbortController().signal);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited" } });
    // Another caller is not counted with this one.
    const elsewhere = new AbortController();
    expect((await open(other.authorization, elsewhere.signal)).status).toBe(200);

    const first = held[0]!.body!.getReader();
    await streamText(first)((text) => text.includes("event: ready"));
    aborts[0]!.abort();
    await first.cancel().catch(() => {});
    const again = new AbortController();
    expect((await open(authorization, again.signal)).status).toBe(200);
    for (const abort of [...aborts, elsewhere, again]) abort.abort();
  });
});
