// The outbound guard and the redirect rules that keep connector secrets at home, exercised on real sockets:
// IPv6 forms that carry a private IPv4 address, allowlist entries bound to a port, a DNS name answering both a public
// and a private address (through the guard's resolver hook), credentials dropped when a redirect changes origin
// (two real servers on different ports), and which redirects turn POST into GET.
import diagnostics from "node:diagnostics_channel";
import type { LookupAddress } from "node:dns";
import { createServer, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildConnectorRequest, type ResolvedAuth, type ResolvedConnector } from "@/lib/connectors/build-request";
import { executeRequest, type OutboundRequest } from "@/lib/http";
import type { Resolver } from "@/lib/http/guarded-agent";
import { startHttpTarget, type HttpTarget } from "../support/http-target";

let origin: HttpTarget;
let elsewhere: HttpTarget;

beforeAll(async () => {
  elsewhere = await startHttpTarget((request) => ({ status: 200, body: `elsewhere ${request.method}` }));
  origin = await startHttpTarget((request) => {
    const [path, query] = request.url.split("?");
    const status = Number(new URLSearchParams(query).get("status") ?? 302);
    if (path === "/away") return { status, headers: { location: `${elsewhere.url}/landing` }, body: "" };
    if (path === "/stay") return { status, headers: { location: "/landing" }, body: "" };
    return { status: 200, body: `origin ${request.method}` };
  });
});

afterAll(async () => {
  await origin.close();
  await elsewhere.close();
});

/** Runs `work` and returns the client sockets Node created meanwhile (its net.client.socket channel). */
async function socketsDuring<T>(work: () => Promise<T>): Promise<{ result: T; sockets: number }> {
  let sockets = 0;
  const onSocket = () => sockets++;
  diagnostics.subscribe("net.client.socket", onSocket);
  try {
    return { result: await work(), sockets };
  } finally {
    diagnostics.unsubscribe("net.client.socket", onSocket);
  }
}

const request = (url: string, extra: Partial<OutboundRequest> = {}): OutboundRequest => ({
  method: "GET",
  url,
  headers: {},
  timeoutMs: 5000,
  allowlist: [],
  ...extra,
});

/** A resolver that answers from a table, as a DNS server under someone else's control could. */
const answering =
  (table: Record<string, string[]>): Resolver =>
  (hostname, _options, callback) => {
    const addresses = table[hostname];
    if (!addresses)
      return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }), []);
    callback(
      null,
      addresses.map((address): LookupAddress => ({ address, family: address.includes(":") ? 6 : 4 })),
    );
  };

describe("IPv6 forms carrying a private IPv4 address are refused before any socket exists", () => {
  it.each([
    ["IPv4-compatible", "[::127.0.0.1]"],
    ["IPv4-compatible, hex", "[::7f00:1]"],
    ["IPv4-mapped", "[::ffff:127.0.0.1]"],
    ["IPv4-translated", "[::ffff:0:127.0.0.1]"],
    ["6to4", "[2002:7f00:1::1]"],
    ["Teredo client", "[2001:0:4136:e378:8000:63bf:80ff:fffe]"],
    ["NAT64", "[64:ff9b::7f00:1]"],
  ])("%s %s", async (_form, host) => {
    const before = origin.received.length;
    const { result, sockets } = await socketsDuring(() => executeRequest(request(`http://${host}:${origin.port}/`)));
    expect(result.error?.code).toBe("blocked_address");
    expect(result.status).toBeNull();
    expect(sockets).toBe(0);
    expect(origin.received.length).toBe(before);
  });
});

describe("allowlist entries bound to a port", () => {
  it("127.0.0.1:<port> opens that port only; the bare address still opens every port", async () => {
    const onlyOrigin = [`127.0.0.1:${origin.port}`];
    expect((await executeRequest(request(`${origin.url}/`, { allowlist: onlyOrigin }))).body).toBe("origin GET");
    const before = elsewhere.received.length;
    const { result, sockets } = await socketsDuring(() =>
      executeRequest(request(`${elsewhere.url}/`, { allowlist: onlyOrigin })),
    );
    expect(result.error).toEqual({
      code: "blocked_address",
      message: `blocked: 127.0.0.1 port ${elsewhere.port} is a loopback address — allow it in Settings → Network`,
    });
    expect(sockets).toBe(0);
    expect(elsewhere.received.length).toBe(before);
    expect((await executeRequest(request(`${elsewhere.url}/`, { allowlist: ["127.0.0.1"] }))).ok).toBe(true);
  });

  it("a CIDR with a port range and a host name with a port", async () => {
    const low = Math.min(origin.port, elsewhere.port);
    const range = [`127.0.0.0/8:${low}-${low}`];
    const lowTarget = low === origin.port ? origin : elsewhere;
    const highTarget = low === origin.port ? elsewhere : origin;
    expect((await executeRequest(request(`${lowTarget.url}/`, { allowlist: range }))).ok).toBe(true);
    expect((await executeRequest(request(`${highTarget.url}/`, { allowlist: range }))).error?.code).toBe(
      "blocked_address",
    );

    const resolve = answering({ "crm.internal.test": ["127.0.0.1"] });
    const byName = [`crm.internal.test:${origin.port}`];
    expect(
      (await executeRequest(request(`http://crm.internal.test:${origin.port}/`, { allowlist: byName, resolve }))).body,
    ).toBe("origin GET");
    expect(
      (await executeRequest(request(`http://crm.internal.test:${elsewhere.port}/`, { allowlist: byName, resolve })))
        .error?.code,
    ).toBe("blocked_address");
  });

  it("a redirect to another port of an allowlisted address is judged on its own port", async () => {
    const result = await executeRequest(
      request(`${origin.url}/away`, { allowlist: [`127.0.0.1:${origin.port}`], followRedirects: true }),
    );
    expect(result.error?.code).toBe("blocked_address");
    expect(result.error?.message).toContain(`port ${elsewhere.port}`);
  });
});

describe("a DNS name answering both a public and a private address", () => {
  it("is refused, whichever comes first, and nothing is connected", async () => {
    // A name's socket object exists before its lookup runs, so count connections where they would arrive.
    let connections = 0;
    const listener = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
    const port = (listener.address() as AddressInfo).port;
    try {
      for (const answers of [
        ["93.184.216.34", "127.0.0.1"],
        ["127.0.0.1", "93.184.216.34"],
        ["2606:2800:220:1::1", "::ffff:127.0.0.1"],
      ]) {
        const resolve = answering({ "mixed.example.test": answers });
        const result = await executeRequest(request(`http://mixed.example.test:${port}/`, { resolve }));
        expect(result.error?.code, answers.join(",")).toBe("blocked_address");
        expect(result.error?.message).toMatch(/^blocked: (::ffff:)?127\.0\.0\.1 is a loopback address/);
      }
      // The same resolver with the name allowlisted does connect: the listener is reachable, the refusal was the guard.
      const resolve = answering({ "mixed.example.test": ["127.0.0.1"] });
      await executeRequest(
        request(`http://mixed.example.test:${port}/`, { resolve, allowlist: ["mixed.example.test"] }),
      );
      expect(connections).toBe(1);
    } finally {
      await new Promise((resolve) => listener.close(resolve));
    }
  });

  it("a name answering a private address through an IPv6 transition form is refused too", async () => {
    const resolve = answering({ "sneaky.example.test": ["2002:7f00:1::"] });
    const result = await executeRequest(request(`http://sneaky.example.test:${origin.port}/`, { resolve }));
    expect(result.error).toEqual({
      code: "blocked_address",
      message: "blocked: 2002:7f00:1:: (6to4 of 127.0.0.1) is a loopback address — allow it in Settings → Network",
    });
  });
});

describe("redirects and the credentials a connector sends", () => {
  const connector = (auth: ResolvedAuth, url: string): ResolvedConnector => ({
    url,
    method: "POST",
    bodyType: "json",
    bodyTemplate: '{"lead":"42"}',
    auth,
    headers: [
      { name: "Cookie", value: "session=abc", secret: false },
      { name: "X-Partner-Token", value: "partner-secret", secret: true },
      { name: "X-Trace", value: "trace-1", secret: false },
    ],
    queryParams: [],
    timeoutMs: 5000,
    followRedirects: true,
    signingSecrets: [],
  });

  it.each<[string, ResolvedAuth, string]>([
    ["basic", { type: "basic", username: "u", password: "basic-secret" }, "authorization"],
    ["bearer", { type: "bearer", token: "bearer-secret" }, "authorization"],
    ["app_secret", { type: "app_secret", appSecret: "app-secret-value" }, "x-app-secret"],
    ["custom_header", { type: "custom_header", name: "X-Api-Key", value: "custom-secret" }, "x-api-key"],
  ])("%s credentials stay at the origin and are dropped when a redirect leaves it", async (_type, auth, authHeader) => {
    const allowlist = ["127.0.0.1"];
    const built = buildConnectorRequest(connector(auth, `${origin.url}/away?status=307`), {}, "msg_1", allowlist);
    const result = await executeRequest(built.request);
    expect(result).toMatchObject({ ok: true, body: "elsewhere POST", finalUrl: `${elsewhere.url}/landing` });

    const atOrigin = origin.received.at(-1)!;
    expect(atOrigin.headers[authHeader]).toBeTruthy();
    expect(atOrigin.headers["cookie"]).toBe("session=abc");
    expect(atOrigin.headers["x-partner-token"]).toBe("partner-secret");

    const landed = elsewhere.received.at(-1)!;
    expect(landed.url).toBe("/landing");
    for (const name of [authHeader, "authorization", "cookie", "x-app-secret", "x-api-key", "x-partner-token"]) {
      expect(landed.headers[name], name).toBeUndefined();
    }
    expect(landed.headers["x-trace"]).toBe("trace-1");
    expect(landed.body).toBe('{"lead":"42"}');
    expect(JSON.stringify(landed.headers)).not.toMatch(/secret/);
  });

  it("a redirect within the origin keeps them", async () => {
    const built = buildConnectorRequest(
      connector({ type: "custom_header", name: "X-Api-Key", value: "custom-secret" }, `${origin.url}/stay?status=307`),
      {},
      "msg_2",
      ["127.0.0.1"],
    );
    expect((await executeRequest(built.request)).body).toBe("origin POST");
    const landed = origin.received.at(-1)!;
    expect(landed.url).toBe("/landing");
    expect(landed.headers["x-api-key"]).toBe("custom-secret");
    expect(landed.headers["x-partner-token"]).toBe("partner-secret");
  });

  it.each([
    [301, "GET", ""],
    [302, "GET", ""],
    [303, "GET", ""],
    [307, "POST", '{"lead":"42"}'],
    [308, "POST", '{"lead":"42"}'],
  ])("%i after POST arrives as %s", async (status, method, body) => {
    const result = await executeRequest(
      request(`${origin.url}/stay?status=${status}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: '{"lead":"42"}',
        allowlist: ["127.0.0.1"],
        followRedirects: true,
      }),
    );
    expect(result.body).toBe(`origin ${method}`);
    const landed = origin.received.at(-1)!;
    expect(landed).toMatchObject({ method, url: "/landing", body });
    if (method === "GET") {
      expect(landed.headers["content-type"]).toBeUndefined();
      expect(landed.headers["content-length"]).toBeUndefined();
    } else {
      expect(landed.headers["content-type"]).toBe("application/json");
    }
  });

  it("301 and 302 keep a PUT a PUT (only POST is rewritten, as browsers do)", async () => {
    const result = await executeRequest(
      request(`${origin.url}/stay?status=302`, {
        method: "PUT",
        body: "x",
        allowlist: ["127.0.0.1"],
        followRedirects: true,
      }),
    );
    expect(result.body).toBe("origin PUT");
    expect(origin.received.at(-1)).toMatchObject({ method: "PUT", body: "x" });
  });
});
