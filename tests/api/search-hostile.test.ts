// Hostile searches on a table of some thousands of events: injection attempts, NUL bytes, lone surrogates, LIKE's
// metacharacters, huge and many-worded inputs. Each answers 200 or the documented 400 JSON error (never a 500), a
// LIKE metacharacter means itself, and none takes catastrophically long (each is timed against a plain search of
// the same run: the machine is shared, so a fixed ceiling would measure the load, not the search).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useIsolatedDatabase as isolatedDatabase } from "../support/isolated-database";

await isolatedDatabase("hostile");

const { GET: listEvents } = await import("@/app/api/v1/events/route");
const { GET: listDeliveries } = await import("@/app/api/v1/deliveries/route");
const { GET: countDeliveries } = await import("@/app/api/v1/deliveries/counts/route");
const { pool, closePool } = await import("@/lib/db/pool");
const { disconnectDb } = await import("@/lib/db");
const { defaultWorkspaceId } = await import("@/lib/workspaces/default-workspace");
const { apiRequest, userWithSession } = await import("../support/auth-fixtures");

const ROWS = 5_000;
let cookie: string;

beforeAll(async () => {
  cookie = (await userWithSession("viewer")).cookie;
  const workspaceId = await defaultWorkspaceId();
  // Bodies that hold the metacharacters literally in a few rows only: a % that matched anything would find them all.
  await pool().query(
    `INSERT INTO "Event" (id, "workspaceId", source, type, headers, "rawBody", body, "sizeBytes", "responseStatus",
       "receivedAt")
     SELECT gen_random_uuid(), $1, 'api', 'type.' || (i % 50),
       '{}'::jsonb, b, b::jsonb, length(b), 202, now() - make_interval(secs => i)
     FROM generate_series(1, ${ROWS}) AS i,
       LATERAL (SELECT CASE
         WHEN i % 1000 = 0 THEN '{"note":"100%_off \\\\ back","n":' || i || '}'
         ELSE '{"note":"plain order ' || i || '","n":' || i || '}' END AS b) AS body`,
    [workspaceId],
  );
  await pool().query(`ANALYZE "Event"`);
});

afterAll(async () => {
  await disconnectDb();
  await closePool();
});

/** Percent-encoding as a client would send it; a lone surrogate (which encodeURIComponent refuses) as its WTF-8 bytes. */
function encode(q: string): string {
  try {
    return encodeURIComponent(q);
  } catch {
    return [...q]
      .map((char) => {
        const code = char.codePointAt(0)!;
        if (code < 0xd800 || code > 0xdfff) return encodeURIComponent(char);
        const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
        return bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join("");
      })
      .join("");
  }
}

const get = (path: string, q: string) => {
  const url = `${path}?q=${encode(q)}&limit=100`;
  const request = apiRequest(url, { headers: { cookie } });
  if (path === "/api/v1/events") return listEvents(request);
  if (path === "/api/v1/deliveries") return listDeliveries(request);
  return countDeliveries(request);
};

const HOSTILE: string[] = [
  '\'; DROP TABLE "Event"; --',
  "x' OR '1'='1",
  "abc\u0000def",
  "\u0000\u0000\u0000",
  "abc\uD800def",
  "\uDC00abc",
  "%%%",
  "___",
  "\\\\\\",
  "%_\\",
  "\\%",
  "100%_off",
  "type.1 type.2 type.3",
  "a.b = \u0000x",
  "header:\u0000 = x",
  "n = 1e400",
  "n = -0",
  "status:nonsense",
  "type:%%%",
  "connector:%",
  "trigger:_",
  "id:%",
  "after:9999-99-99",
  "before:0000-01-01",
  '"unterminated',
  '"a\\"b\\\\c"',
  "= = =",
  'webhook-id:"\'"',
  "\uFEFFbom\u200B\u202Ertl",
  Array.from({ length: 10_000 }, (_, index) => `w${index}`).join(" "),
  Array.from({ length: 20 }, () => "aaa").join(" "),
  Array.from({ length: 20 }, () => "%%%").join(" "),
  "x".repeat(1000),
  "x".repeat(1001),
  "é".repeat(600),
  "😀".repeat(400),
  "(((((((((((((((((((((((((((((((",
  "a".repeat(30) + "!",
];

describe("hostile searches", () => {
  for (const path of ["/api/v1/events", "/api/v1/deliveries", "/api/v1/deliveries/counts"]) {
    it(`${path}: every one answers 200 or the documented 400, never slowly`, async () => {
      const plainStarted = performance.now();
      expect((await get(path, "plain order")).status).toBe(200);
      const plainMs = performance.now() - plainStarted;
      const slow: string[] = [];
      for (const q of HOSTILE) {
        const started = performance.now();
        const response = await get(path, q);
        const elapsed = performance.now() - started;
        expect([200, 400], `${JSON.stringify(q.slice(0, 40))} answered ${response.status}`).toContain(response.status);
        expect(response.headers.get("content-type")).toContain("application/json");
        const body = await response.json();
        if (response.status === 400) {
          expect(body).toMatchObject({ error: { code: "validation_failed", message: expect.any(String) } });
          expect(Array.isArray(body.error.details)).toBe(true);
        }
        // A generous multiple of a plain search of this run (and a floor for the noise of a loaded machine).
        if (elapsed > Math.max(20 * plainMs, 2_000)) slow.push(`${JSON.stringify(q.slice(0, 40))}: ${elapsed} ms`);
      }
      expect(slow, `plain search took ${plainMs} ms`).toEqual([]);
    });
  }

  it("LIKE's metacharacters mean themselves", async () => {
    for (const q of ["100%_off", '"%_off"', '"\\ back"']) {
      const response = await get("/api/v1/events", q);
      expect(response.status).toBe(200);
      const { data } = await response.json();
      expect(data.length, q).toBe(ROWS / 1000);
    }
    for (const q of ["%%%", "___", '"\\\\\\\\ back"']) {
      const response = await get("/api/v1/events", q);
      expect(response.status).toBe(200);
      expect((await response.json()).data.length, q).toBe(q === "%%%" || q === "___" ? 0 : ROWS / 1000);
    }
  });
});
