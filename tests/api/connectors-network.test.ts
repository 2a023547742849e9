// What the executor reports when the network says no: timeouts, refused ports, unknown names, oversized bodies,
// redirects, and every blocked range — refused by the SSRF guard before any connection is made.
import diagnostics from "node:diagnostics_channel";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as executeRoute from "@/app/api/v1/connectors/[id]/execute/route";
import { executeRequest, type OutboundRequest } from "@/lib/http";
import { apiToken, unique } from "../support/auth-fixtures";
import { callRoute, createConnector } from "../support/connector-api";
import { startHttpTarget, type HttpTarget, type TargetResponse } from "../support/http-target";

let admin: string;
let target: HttpTarget;
const BIG = "x".repeat(11 * 1024 * 1024);
const MEDIUM = "y".repeat(100 * 1024);

beforeAll(async () => {
  admin = (await apiToken("admin")).authorization;
  target = await startHttpTarget((request): TargetResponse => {
    const path = request.url.split("?")[0];
    if (path === "/slow") return { delayMs: 3000, status: 200, body: "late" };
    if (path === "/huge") return { status: 200, headers: { "content-type": "text/plain" }, body: BIG };
    if (path === "/medium") return { status: 200, headers: { "content-type": "text/plain" }, body: MEDIUM };
    if (path === "/missing") return { status: 404, body: "no such thing" };
    if (path === "/redirect") return { status: 302, headers: { location: "/final" }, body: "" };
    if (path === "/redirect-303") return { status: 303, headers: { location: "/final" }, body: "" };
    if (path === "/redirect-private") return { status: 302, headers: { location: "http://10.0.0.1/" }, body: "" };
    if (path === "/loop") return { status: 307, headers: { location: "/loop" }, body: "" };
    return { status: 200, body: `final ${request.method}` };
  });
});

afterAll(() => target.close());

const local = (path: string, extra: Partial<OutboundRequest> = {}): OutboundRequest => ({
  method: "GET",
  url: `${target.url}${path}`,
  headers: {},
  timeoutMs: 5000,
  allowlist: ["127.0.0.1"],
  ...extra,
});

describe("SSRF guard: blocked before connecting (empty allowlist)", () => {
  it.each([
    // The range names are the ones Settings → Network's "check an address" shows (lib/http/ssrf.ts).
    ["http://10.0.0.1/", "10.0.0.1", "a private address"],
    ["http://172.16.0.1/", "172.16.0.1", "a private address"],
    ["http://192.168.1.1/", "192.168.1.1", "a private address"],
    ["http://169.254.169.254/latest/meta-data/", "169.254.169.254", "a link-local address (cloud metadata lives here)"],
    ["http://[::1]:9/", "::1", "a loopback address"],
    ["http://[::ffff:127.0.0.1]:9/", "::ffff:127.0.0.1", "a loopback address"],
    ["http://2130706433/", "127.0.0.1", "a loopback address"],
    ["http://100.64.0.1/", "100.64.0.1", "a carrier-grade NAT address"],
  ])("%s → blocked_address", async (url, shown, rangeName) => {
    // Node publishes every client socket it creates on this channel: none may be created for a blocked address.
    const sockets: unknown[] = [];
    const onSocket = (message: unknown) => sockets.push(message);
    diagnostics.subscribe("net.client.socket", onSocket);
    let result;
    try {
      result = await executeRequest({ method: "GET", url, headers: {}, timeoutMs: 5000, allowlist: [] });
    } finally {
      diagnostics.unsubscribe("net.client.socket", onSocket);
    }
    expect(sockets).toHaveLength(0);
    expect(result.error).toEqual({
      code: "blocked_address",
      message: `blocked: ${shown} is ${rangeName} — allow it in Settings → Network`,
    });
    expect(result.status).toBeNull();
  });

  it("blocks a name that resolves to 127.0.0.1 (localhost) and never reaches the live target behind it", async () => {
    const before = target.received.length;
    const result = await executeRequest({
      method: "GET",
      url: `http://localhost:${target.port}/`,
      headers: {},
      timeoutMs: 5000,
      allowlist: [],
    });
    expect(result.error?.code).toBe("blocked_address");
    expect(result.error?.message).toMatch(/^blocked: (127\.0\.0\.1|::1) is a loopback address/);
    expect(target.received.length).toBe(before);
  });

  it("lets the same target through once allowlisted by host or address", async () => {
    expect(
      (await executeRequest({ ...local("/"), url: `http://localhost:${target.port}/`, allowlist: ["localhost"] })).ok,
    ).toBe(true);
    expect((await executeRequest(local("/"))).ok).toBe(true);
    expect((await executeRequest({ ...local("/"), allowlist: ["127.0.0.0/8"] })).ok).toBe(true);
    expect((await executeRequest({ ...local("/"), allowlist: [] })).error?.code).toBe("blocked_address");
  });

  it("re-checks every redirect hop", async () => {
    const result = await executeRequest(local("/redirect-private", { followRedirects: true }));
    expect(result.error?.code).toBe("blocked_address");
    expect(result.error?.message).toContain("10.0.0.1");
  });

  it("a connector pointed at a private address fails with the plain message and a stored failed delivery", async () => {
    const id = (await createConnector({ name: unique("private"), url: "http://10.0.0.5/hook" }, admin)).id as string;
    const response = await callRoute(executeRoute.POST, "/x", {
      body: { variables: {} },
      authorization: admin,
      params: { id },
    });
    expect(response.body.result.error).toEqual({
      code: "blocked_address",
      message: "blocked: 10.0.0.5 is a private address — allow it in Settings → Network",
    });
    expect(response.body.delivery).toMatchObject({ status: "failed", lastError: { code: "blocked_address" } });
    expect(response.body.delivery.attempts[0].response).toBeNull();
  });
});

describe("network errors", () => {
  it("a slow target times out at the set time", async () => {
    const result = await executeRequest(local("/slow", { timeoutMs: 1000 }));
    expect(result.error).toEqual({ code: "timeout", message: "timeout of 1000ms exceeded" });
    expect(result.durationMs).toBeGreaterThanOrEqual(990);
    expect(result.durationMs).toBeLessThan(2000);
  });

  it("a closed port is refused", async () => {
    const result = await executeRequest({ ...local("/"), url: "http://127.0.0.1:1/" });
    expect(result.error).toEqual({ code: "refused", message: "connection refused by 127.0.0.1:1" });
  });

  it("an unresolvable name is a DNS error", async () => {
    const result = await executeRequest({ ...local("/"), url: "http://nope.invalid/" });
    expect(result.error).toEqual({ code: "dns", message: "DNS lookup failed for nope.invalid" });
  });

  it("stops reading past 10 MiB with too_large and keeps 64 KiB", async () => {
    const result = await executeRequest(local("/huge"));
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe("too_large");
    expect(result.status).toBe(200);
    expect(result.bodyTruncated).toBe(true);
    expect(Buffer.byteLength(result.body)).toBe(64 * 1024);
  });

  it("truncates a large but acceptable body to 64 KiB and says so", async () => {
    const result = await executeRequest(local("/medium"));
    expect(result).toMatchObject({ ok: true, status: 200, bodyTruncated: true, sizeBytes: 100 * 1024, error: null });
    expect(result.body).toBe(MEDIUM.slice(0, 64 * 1024));
  });

  it("a non-2xx answer is an http_<status> error with its meaning", async () => {
    const result = await executeRequest(local("/missing"));
    expect(result).toMatchObject({ ok: false, status: 404, statusText: "404 Not Found", body: "no such thing" });
    expect(result.error).toEqual({ code: "http_404", message: "HTTP 404 Not Found" });
  });
});

describe("redirects", () => {
  it("are not followed by default: a 3xx is a failure", async () => {
    const result = await executeRequest(local("/redirect"));
    expect(result.status).toBe(302);
    expect(result.error?.code).toBe("http_302");
    expect(result.error?.message).toContain("redirects are not followed");
  });

  it("are followed when enabled; 303 turns POST into GET", async () => {
    const followed = await executeRequest(local("/redirect", { followRedirects: true }));
    expect(followed).toMatchObject({ ok: true, body: "final GET", finalUrl: `${target.url}/final` });
    const seeOther = await executeRequest(
      local("/redirect-303", { method: "POST", body: "{}", followRedirects: true }),
    );
    expect(seeOther.body).toBe("final GET");
  });

  it("stop after 5 hops", async () => {
    const before = target.received.length;
    const result = await executeRequest(local("/loop", { followRedirects: true }));
    expect(result.error).toEqual({ code: "network", message: "more than 5 redirects" });
    expect(target.received.length - before).toBe(6);
  });
});
