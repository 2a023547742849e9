// Settings → Workspace, Network and Data retention through their route handlers: round trips, validation errors
// with field paths, viewers refused, audit entries with secrets masked, and the network check's verdicts (DNS only,
// nothing is connected to). A database of its own: these settings are workspace-wide.
import { beforeAll, describe, expect, it } from "vitest";
import { useIsolatedDatabase as isolatedDatabase } from "../support/isolated-database";

// The check must judge 127.0.0.1 by the workspace allowlist alone, not the test environment's.
process.env.SWITCHBOARD_ALLOW_PRIVATE = "";
await isolatedDatabase("settings");

const workspaceRoute = await import("@/app/api/v1/settings/workspace/route");
const { POST: reveal } = await import("@/app/api/v1/settings/workspace/app-secret/reveal/route");
const { POST: rotate } = await import("@/app/api/v1/settings/workspace/app-secret/rotate/route");
const networkRoute = await import("@/app/api/v1/settings/network/route");
const { POST: check } = await import("@/app/api/v1/settings/network/check/route");
const retentionRoute = await import("@/app/api/v1/settings/retention/route");
const { POST: runNow } = await import("@/app/api/v1/settings/retention/run/route");
const { db } = await import("@/lib/db");
const { SECRET_MASK } = await import("@/lib/crypto/secret-mask");
const { apiRequest, userWithSession } = await import("../support/auth-fixtures");

let admin: { cookie: string; user: { id: string } };
let viewer: { cookie: string };

type Handler = (request: Request) => Promise<Response>;
async function call(handler: Handler, path: string, cookie: string, method = "GET", body?: unknown) {
  const response = await handler(
    apiRequest(path, { method, body, headers: { cookie, "x-forwarded-for": "10.1.2.3" } }),
  );
  return { status: response.status, body: await response.json() };
}

async function auditEntries(action: string) {
  return db().auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });
}

beforeAll(async () => {
  admin = await userWithSession("admin");
  viewer = await userWithSession("viewer");
});

describe("Settings → Workspace", () => {
  it("saves name and public URL (trailing slash dropped), audited with the change", async () => {
    const saved = await call(workspaceRoute.PATCH, "/api/v1/settings/workspace", admin.cookie, "PATCH", {
      name: "Acme hub",
      publicUrl: "https://hooks.acme.example/",
    });
    expect(saved).toMatchObject({ status: 200, body: { name: "Acme hub", publicUrl: "https://hooks.acme.example" } });
    const read = await call(workspaceRoute.GET, "/api/v1/settings/workspace", viewer.cookie);
    expect(read.body).toMatchObject({ name: "Acme hub", publicUrl: "https://hooks.acme.example" });
    const [entry] = await auditEntries("settings.workspace.updated");
    expect(entry).toMatchObject({
      actorId: admin.user.id,
      ip: "10.1.2.3",
      diff: {
        name: { from: "Default workspace", to: "Acme hub" },
        publicUrl: { from: null, to: "https://hooks.acme.example" },
      },
    });
    // Trigger URLs are built on it.
    const { GET: getTrigger } = await import("@/app/api/v1/triggers/[id]/route");
    const { routeParams } = await import("../support/auth-fixtures");
    const trigger = await db().trigger.create({
      data: { workspaceId: entry!.targetId!, name: "Shop", slug: "shop", secretEnc: "x" },
    });
    const shown = await (
      await getTrigger(
        apiRequest(`/api/v1/triggers/${trigger.id}`, { headers: { cookie: viewer.cookie } }),
        routeParams({ id: trigger.id }),
      )
    ).json();
    expect(shown.url).toBe("https://hooks.acme.example/api/webhook/default/shop");

    const cleared = await call(workspaceRoute.PATCH, "/api/v1/settings/workspace", admin.cookie, "PATCH", {
      publicUrl: "",
    });
    expect(cleared.body).toMatchObject({
      publicUrl: null,
      slug: "default",
      fallbackPublicUrl: expect.stringMatching(/^https?:\/\//),
    });
  });

  it.each([
    [{ name: "" }, "name", "Name the workspace"],
    [{ publicUrl: "ftp://files.example" }, "publicUrl", "Enter an http:// or https:// URL"],
    [{ publicUrl: "not a url" }, "publicUrl", "Enter an http:// or https:// URL"],
    [{ publicUrl: "https://x.example/?a=1" }, "publicUrl", "Leave out ?query and #fragment"],
  ])("refuses %j with a field error on %s", async (body, path, message) => {
    const { status, body: answer } = await call(
      workspaceRoute.PATCH,
      "/api/v1/settings/workspace",
      admin.cookie,
      "PATCH",
      body,
    );
    expect(status).toBe(400);
    expect(answer.error.code).toBe("validation_failed");
    expect(answer.error.details).toContainEqual({ path, message });
  });

  it("reveals and rotates the app secret for admins only, audited without the secret", async () => {
    expect((await call(reveal, "/r", viewer.cookie, "POST")).status).toBe(403);
    expect((await call(rotate, "/r", viewer.cookie, "POST")).status).toBe(403);
    expect(
      (await call(workspaceRoute.PATCH, "/api/v1/settings/workspace", viewer.cookie, "PATCH", { name: "x" })).status,
    ).toBe(403);

    const first = await call(reveal, "/r", admin.cookie, "POST");
    expect(first.body.appSecret).toMatch(/^sbapp_/);
    expect((await call(workspaceRoute.GET, "/w", admin.cookie)).body.appSecret).toBe(SECRET_MASK);
    const rotated = await call(rotate, "/r", admin.cookie, "POST");
    expect(rotated.body.appSecret).toMatch(/^sbapp_/);
    expect(rotated.body.appSecret).not.toBe(first.body.appSecret);
    expect((await call(reveal, "/r", admin.cookie, "POST")).body.appSecret).toBe(rotated.body.appSecret);

    const entries = [
      ...(await auditEntries("settings.app_secret.revealed")),
      ...(await auditEntries("settings.app_secret.rotated")),
    ];
    expect(entries.map((entry) => entry.action)).toEqual([
      "settings.app_secret.revealed",
      "settings.app_secret.revealed",
      "settings.app_secret.rotated",
    ]);
    expect(JSON.stringify(entries)).not.toContain("sbapp_");
  });
});

describe("Settings → Network", () => {
  it("validates every allowlist entry with its own field path", async () => {
    const { status, body } = await call(networkRoute.PUT, "/n", admin.cookie, "PUT", {
      allowlist: ["10.0.0.0/8", "10.0.0.0/33", "crm.lan", "999.1.1.1", "bad host!", "*.internal.example"],
    });
    expect(status).toBe(400);
    expect(body.error.details).toEqual([
      { path: "allowlist.1", message: "10.0.0.0/33 is not a valid CIDR (address/prefix, e.g. 10.0.0.0/8)" },
      { path: "allowlist.3", message: "999.1.1.1 is not a valid IP address" },
      {
        path: "allowlist.4",
        message: "bad host! is not a host name (letters, digits and hyphens; *. only at the start)",
      },
    ]);
    expect((await call(networkRoute.PUT, "/n", viewer.cookie, "PUT", { allowlist: [] })).status).toBe(403);
  });

  it("checks addresses without an allowlist, then with one, and audits the change", async () => {
    const verdicts = async (url: string) => (await call(check, "/c", admin.cookie, "POST", { url })).body;
    expect(await verdicts("http://10.0.0.5/hook")).toEqual({
      host: "10.0.0.5",
      addresses: [
        {
          address: "10.0.0.5",
          allowed: false,
          reason:
            "10.0.0.5 is a private address (10.0.0.0/8): blocked — add it or its host to the allowlist to allow it",
        },
      ],
    });
    expect((await verdicts("http://127.0.0.1:8080")).addresses).toEqual([
      {
        address: "127.0.0.1",
        allowed: false,
        reason:
          "127.0.0.1 is a loopback address (127.0.0.0/8): blocked — add it or its host to the allowlist to allow it",
      },
    ]);
    const localhost = await verdicts("http://localhost:3000/x");
    expect(localhost.host).toBe("localhost");
    expect(localhost.addresses.length).toBeGreaterThan(0);
    expect(
      localhost.addresses.every(
        (entry: { allowed: boolean; reason: string }) => !entry.allowed && entry.reason.includes("loopback"),
      ),
    ).toBe(true);
    // A public literal is judged, never connected to.
    expect((await verdicts("https://93.184.216.34/")).addresses).toEqual([
      { address: "93.184.216.34", allowed: true, reason: "93.184.216.34 is a public address" },
    ]);

    const saved = await call(networkRoute.PUT, "/n", admin.cookie, "PUT", {
      allowlist: ["10.0.0.0/8", "LOCALHOST", "10.0.0.0/8"],
    });
    expect(saved).toMatchObject({
      status: 200,
      body: { allowlist: ["10.0.0.0/8", "localhost"], environmentAllowlist: [] },
    });
    expect((await verdicts("http://10.0.0.5/hook")).addresses[0]).toEqual({
      address: "10.0.0.5",
      allowed: true,
      reason: "10.0.0.5 is a private address (10.0.0.0/8), allowed by the allowlist in Settings → Network",
    });
    expect(
      (await verdicts("http://localhost:3000/x")).addresses.every((entry: { allowed: boolean }) => entry.allowed),
    ).toBe(true);
    expect((await verdicts("http://127.0.0.1:8080")).addresses[0].allowed).toBe(false);
    const [entry] = await auditEntries("settings.network.updated");
    expect(entry?.diff).toEqual({ added: ["10.0.0.0/8", "localhost"], removed: [] });

    const invalid = await call(check, "/c", admin.cookie, "POST", { url: "gopher://x" });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details).toEqual([{ path: "url", message: "Enter an http:// or https:// URL" }]);
  });

  it("only admins may resolve names through the server", async () => {
    const refused = await call(check, "/c", viewer.cookie, "POST", { url: "http://internal.example/" });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("forbidden");
  });

  it("accepts entries bound to a port or port range and lets only those ports through", async () => {
    const refused = await call(networkRoute.PUT, "/n", admin.cookie, "PUT", {
      allowlist: ["127.0.0.1:8080", "127.0.0.1:0", "10.0.0.0/8:9-1", "[::1:9000", "::1"],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual([
      { path: "allowlist.1", message: "127.0.0.1:0: the port must be 1–65535" },
      { path: "allowlist.2", message: "10.0.0.0/8:9-1: the port range must run from low to high" },
      {
        path: "allowlist.3",
        message: "[::1:9000 is not a valid IP address (write IPv6 with a port as [address]:port)",
      },
    ]);
    const allowlist = ["127.0.0.1:8080", "10.0.0.0/8:8000-8999", "[::1]:9000"];
    expect((await call(networkRoute.PUT, "/n", admin.cookie, "PUT", { allowlist })).body.allowlist).toEqual(allowlist);
    const allowed = async (url: string) =>
      (await call(check, "/c", admin.cookie, "POST", { url })).body.addresses[0].allowed;
    expect(await allowed("http://127.0.0.1:8080/")).toBe(true);
    expect(await allowed("http://127.0.0.1:5432/")).toBe(false);
    expect(await allowed("http://127.0.0.1/")).toBe(false);
    expect(await allowed("http://10.1.2.3:8500/")).toBe(true);
    expect(await allowed("http://10.1.2.3:9000/")).toBe(false);
    expect(await allowed("http://[::1]:9000/")).toBe(true);
    expect(await allowed("http://[::1]:9001/")).toBe(false);
  });

  it("names the IPv4 address inside IPv6 transition forms", async () => {
    await call(networkRoute.PUT, "/n", admin.cookie, "PUT", { allowlist: ["127.0.0.1"] });
    const verdict = async (url: string) => (await call(check, "/c", admin.cookie, "POST", { url })).body.addresses[0];
    expect(await verdict("http://[::127.0.0.1]/")).toMatchObject({
      allowed: false,
      reason: expect.stringContaining("a loopback address"),
    });
    expect(await verdict("http://[2002:7f00:1::]/")).toEqual({
      address: "2002:7f00:1::",
      allowed: false,
      reason:
        "2002:7f00:1:: is a 6to4 address of 127.0.0.1, a loopback address (2002::/16): blocked — add it or its host to the allowlist to allow it",
    });
    expect((await verdict("http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/")).allowed).toBe(false);
  });

  it("the saved allowlist is what the outbound guard reads", async () => {
    const { outboundAllowlist } = await import("@/lib/network/network-settings");
    const { defaultWorkspaceId } = await import("@/lib/workspaces/default-workspace");
    await call(networkRoute.PUT, "/n", admin.cookie, "PUT", { allowlist: ["192.168.1.0/24"] });
    expect(await outboundAllowlist(await defaultWorkspaceId())).toEqual(["192.168.1.0/24"]);
  });
});

describe("Settings → Data retention", () => {
  it("round-trips the days, refuses out-of-range values and viewers, and reports size and counts", async () => {
    const before = await call(retentionRoute.GET, "/r", viewer.cookie);
    expect(before.body).toMatchObject({ retentionDays: 30, lastRun: null });
    expect(before.body.database.sizeBytes).toBeGreaterThan(1_000_000);
    expect(before.body.database.tables).toContainEqual({ table: "Delivery", rows: 0, estimated: false });

    for (const [days, message] of [
      [0, "Keep data at least 1 day"],
      [3651, "At most 3650 days (10 years)"],
      [1.5, "Whole days only"],
    ] as const) {
      const refused = await call(retentionRoute.PUT, "/r", admin.cookie, "PUT", { retentionDays: days });
      expect(refused.status).toBe(400);
      expect(refused.body.error.details).toEqual([{ path: "retentionDays", message }]);
    }
    expect((await call(retentionRoute.PUT, "/r", viewer.cookie, "PUT", { retentionDays: 7 })).status).toBe(403);
    expect((await call(runNow, "/r", viewer.cookie, "POST")).status).toBe(403);

    expect((await call(retentionRoute.PUT, "/r", admin.cookie, "PUT", { retentionDays: 7 })).body.retentionDays).toBe(
      7,
    );
    const ran = await call(runNow, "/r", admin.cookie, "POST");
    expect(ran).toMatchObject({ status: 200, body: { deleted: { deliveries: 0, events: 0 } } });
    const after = await call(retentionRoute.GET, "/r", admin.cookie);
    expect(after.body).toMatchObject({
      retentionDays: 7,
      lastRun: { at: ran.body.ranAt, deleted: { deliveries: 0, events: 0 } },
    });
    expect((await auditEntries("settings.retention.updated"))[0]?.diff).toEqual({ retentionDays: { from: 30, to: 7 } });
    expect(await auditEntries("retention.run_completed")).toHaveLength(1);
  });
});
