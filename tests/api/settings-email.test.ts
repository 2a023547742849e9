// Settings → Email against a real SMTP server on 127.0.0.1: settings round trip with the password masked and kept,
// validation and viewer 403s, the test email received (and a wrong password's refusal as a readable 400), and
// failure notices emailed to the workspace's admins, never failing the caller when the mail server is down.
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useIsolatedDatabase as isolatedDatabase } from "../support/isolated-database";

// Admins of this database only: the notice goes to every admin.
await isolatedDatabase("settings_email");

const emailRoute = await import("@/app/api/v1/settings/email/route");
const { POST: sendTest } = await import("@/app/api/v1/settings/email/test/route");
const { raiseNotification } = await import("@/lib/notifications/raise-notification");
const { db, disconnectDb } = await import("@/lib/db");
const { closePool } = await import("@/lib/db/pool");
const { defaultWorkspaceId } = await import("@/lib/workspaces/default-workspace");
const { SECRET_MASK } = await import("@/lib/crypto/secret-mask");
const { apiRequest, userWithSession } = await import("../support/auth-fixtures");
const { startSmtpSink } = await import("../support/smtp-sink");

const credentials = { username: "switchboard", password: "smtp password 123" };
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let admin: Awaited<ReturnType<typeof userWithSession>>;
let secondAdmin: Awaited<ReturnType<typeof userWithSession>>;
let viewer: Awaited<ReturnType<typeof userWithSession>>;

type Handler = (request: Request) => Promise<Response>;
async function call(handler: Handler, cookie: string, method = "GET", body?: unknown) {
  const response = await handler(apiRequest("/api/v1/settings/email", { method, body, headers: { cookie } }));
  return { status: response.status, body: await response.json() };
}
const settings = (overrides: Record<string, unknown> = {}) => ({
  host: "127.0.0.1",
  port: sink.port,
  secure: false,
  username: credentials.username,
  password: credentials.password,
  from: "switchboard@example.test",
  ...overrides,
});

beforeAll(async () => {
  sink = await startSmtpSink(credentials);
  admin = await userWithSession("admin");
  secondAdmin = await userWithSession("admin");
  viewer = await userWithSession("viewer");
});

afterAll(async () => {
  await sink.close();
  await disconnectDb();
  await closePool();
});

describe("Settings → Email", () => {
  it("starts unconfigured, validates with field paths and refuses viewers", async () => {
    expect(await call(emailRoute.GET, viewer.cookie)).toEqual({ status: 200, body: { configured: false, smtp: null } });
    const refused = await call(
      emailRoute.PUT,
      admin.cookie,
      "PUT",
      settings({ host: "", port: 70000, from: "nobody" }),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual([
      { path: "host", message: "Enter the SMTP server's host name" },
      { path: "port", message: "Port 1–65535" },
      { path: "from", message: "Enter the sender's email address" },
    ]);
    expect((await call(emailRoute.PUT, viewer.cookie, "PUT", settings())).status).toBe(403);
    expect((await call(sendTest, viewer.cookie, "POST", { to: "x@example.test" })).status).toBe(403);
    const early = await call(sendTest, admin.cookie, "POST", { to: "x@example.test" });
    expect(early).toMatchObject({
      status: 400,
      body: { error: { message: "Save the SMTP settings before sending a test email" } },
    });
  });

  it("saves with the password encrypted and masked, keeps it when the mask comes back, and audits without it", async () => {
    const saved = await call(emailRoute.PUT, admin.cookie, "PUT", settings());
    expect(saved.body).toEqual({ configured: true, smtp: { ...settings(), password: SECRET_MASK } });
    const stored = await db().workspace.findUniqueOrThrow({
      where: { id: await defaultWorkspaceId() },
      select: { smtp: true },
    });
    expect(JSON.stringify(stored.smtp)).not.toContain(credentials.password);

    await call(emailRoute.PUT, admin.cookie, "PUT", settings({ password: SECRET_MASK, from: "alerts@example.test" }));
    const sent = await call(sendTest, admin.cookie, "POST", { to: "ops@example.test" });
    expect(sent).toMatchObject({ status: 200, body: { ok: true, messageId: expect.stringMatching(/^<.+>$/) } });
    const mail = await sink.waitFor((received) => received.to.includes("ops@example.test"));
    expect(mail.from).toBe("alerts@example.test");
    expect(mail.raw).toContain("Subject: Switchboard test email");

    const entries = await db().auditLog.findMany({
      where: { action: "settings.email.updated" },
      orderBy: { id: "asc" },
    });
    expect(entries.map((entry) => entry.diff)).toEqual([
      {
        host: { from: null, to: "127.0.0.1" },
        port: { from: null, to: sink.port },
        secure: { from: null, to: false },
        username: { from: null, to: credentials.username },
        from: { from: null, to: "switchboard@example.test" },
        password: { from: null, to: SECRET_MASK },
      },
      { from: { from: "switchboard@example.test", to: "alerts@example.test" } },
    ]);
    expect(JSON.stringify(entries)).not.toContain(credentials.password);
  });

  it("says what the mail server answered when it refuses", async () => {
    await call(emailRoute.PUT, admin.cookie, "PUT", settings({ password: "wrong password" }));
    const refused = await call(sendTest, admin.cookie, "POST", { to: "ops@example.test" });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(
      /^The mail server did not accept the test email: .*Invalid username or password/,
    );
  });

  it("emails a failure notice to every admin", async () => {
    await call(emailRoute.PUT, admin.cookie, "PUT", settings());
    const title = `Delivery failed ${Date.now()}`;
    await raiseNotification({
      workspaceId: await defaultWorkspaceId(),
      kind: "delivery_failed",
      title,
      message: "HTTP 500 from CRM leads after 8 attempts",
    });
    const mail = await sink.waitFor((received) => received.raw.includes(title));
    expect(mail.to.sort()).toEqual([admin.user.email, secondAdmin.user.email].sort());
    expect(mail.raw).toContain(`Subject: [Switchboard] ${title}`);
    expect(mail.raw).toContain("HTTP 500 from CRM leads after 8 attempts");
  });

  it("still stores the notice when the mail server is down", async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => probe.once("listening", resolve));
    const closedPort = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    await call(emailRoute.PUT, admin.cookie, "PUT", settings({ port: closedPort }));
    const notice = await raiseNotification({
      workspaceId: await defaultWorkspaceId(),
      kind: "delivery_failed",
      title: "Down",
      message: "x",
    });
    expect(await db().notification.findUnique({ where: { id: notice.id } })).not.toBeNull();
    const refused = await call(sendTest, admin.cookie, "POST", { to: "ops@example.test" });
    expect(refused.body.error.message).toMatch(/ECONNREFUSED/);
  });

  it("stops emailing after the hourly limit (a receiver outage must not flood the admins)", async () => {
    await call(emailRoute.PUT, admin.cookie, "PUT", settings());
    const { emailNotice, MAX_NOTICE_EMAILS_PER_HOUR } = await import("@/lib/notifications/email-notice");
    const workspaceId = await defaultWorkspaceId();
    const outcomes: string[] = [];
    for (let index = 0; index < MAX_NOTICE_EMAILS_PER_HOUR + 5; index++) {
      outcomes.push(await emailNotice({ workspaceId, title: `Flood ${index}`, message: "down" }));
    }
    // The notices above already used part of this hour's budget; once it runs out, nothing more is sent.
    const firstThrottled = outcomes.indexOf("throttled");
    expect(firstThrottled).toBeGreaterThan(0);
    expect(outcomes.slice(0, firstThrottled).every((outcome) => outcome === "sent")).toBe(true);
    expect(outcomes.slice(firstThrottled).every((outcome) => outcome === "throttled")).toBe(true);
    const floodMails = sink.received.filter((mail) => mail.raw.includes("Subject: [Switchboard] Flood"));
    expect(floodMails).toHaveLength(firstThrottled);
  });

  describe("the mail server is reached through the outbound guard", () => {
    // 127.0.0.2 is loopback but outside the tests' SWITCHBOARD_ALLOW_PRIVATE (127.0.0.1,::1,localhost).
    let hidden: Awaited<ReturnType<typeof startSmtpSink>>;
    const networkRoute = () => import("@/app/api/v1/settings/network/route");
    const setAllowlist = async (allowlist: string[]) => {
      const { PUT } = await networkRoute();
      const response = await PUT(
        apiRequest("/api/v1/settings/network", {
          method: "PUT",
          body: { allowlist },
          headers: { cookie: admin.cookie },
        }),
      );
      expect(response.status).toBe(200);
    };
    beforeAll(async () => {
      hidden = await startSmtpSink(credentials, "127.0.0.2");
    });
    afterAll(async () => {
      await setAllowlist([]);
      await hidden.close();
    });

    it("a blocked address is refused before any connection, with the same words whether the port is open or not", async () => {
      const probe = createServer().listen(0, "127.0.0.2");
      await new Promise((resolve) => probe.once("listening", resolve));
      const closedPort = (probe.address() as { port: number }).port;
      await new Promise((resolve) => probe.close(resolve));

      const answers: string[] = [];
      for (const target of [
        { host: "127.0.0.2", port: hidden.port },
        { host: "127.0.0.2", port: closedPort },
      ]) {
        await call(emailRoute.PUT, admin.cookie, "PUT", settings(target));
        const refused = await call(sendTest, admin.cookie, "POST", { to: "ops@example.test" });
        expect(refused.status).toBe(400);
        answers.push(refused.body.error.message);
      }
      expect(answers[0]).toBe(
        "The mail server's address is not allowed: blocked: 127.0.0.2 is a loopback address — allow it in Settings → Network",
      );
      expect(answers[1]).toBe(answers[0]);
      expect(hidden.connections.count).toBe(0);
    });

    it.each(["::127.0.0.1", "::ffff:0:127.0.0.1", "2002:7f00:1::"])(
      "an IPv6 form of loopback (%s) is refused too",
      async (host) => {
        await call(emailRoute.PUT, admin.cookie, "PUT", settings({ host, port: sink.port }));
        const before = sink.connections.count;
        const refused = await call(sendTest, admin.cookie, "POST", { to: "ops@example.test" });
        expect(refused.body.error.message).toMatch(/^The mail server's address is not allowed: blocked: /);
        expect(sink.connections.count).toBe(before);
      },
    );

    it("failure notices to a blocked mail server are not sent, and nothing connects", async () => {
      await call(emailRoute.PUT, admin.cookie, "PUT", settings({ host: "127.0.0.2", port: hidden.port }));
      const { emailNotice } = await import("@/lib/notifications/email-notice");
      const workspaceId = await defaultWorkspaceId();
      // The flood test above used up this hour's notice budget; start a fresh hour.
      await db().rateLimitBucket.deleteMany({ where: { key: `notice-email:${workspaceId}` } });
      expect(await emailNotice({ workspaceId, title: "Blocked", message: "x" })).toBe("failed");
      expect(hidden.connections.count).toBe(0);
    });

    it("allowlisting host:port lets that mail server through, and only on that port", async () => {
      await setAllowlist([`127.0.0.2:${hidden.port}`]);
      await call(emailRoute.PUT, admin.cookie, "PUT", settings({ host: "127.0.0.2", port: hidden.port }));
      const sent = await call(sendTest, admin.cookie, "POST", { to: "ops@example.test" });
      expect(sent).toMatchObject({ status: 200, body: { ok: true } });
      expect(hidden.connections.count).toBe(1);
      await hidden.waitFor((mail) => mail.to.includes("ops@example.test"));

      await call(emailRoute.PUT, admin.cookie, "PUT", settings({ host: "127.0.0.2", port: hidden.port + 1 }));
      const refused = await call(sendTest, admin.cookie, "POST", { to: "ops@example.test" });
      expect(refused.body.error.message).toBe(
        `The mail server's address is not allowed: blocked: 127.0.0.2 port ${hidden.port + 1} is a loopback address — allow it in Settings → Network`,
      );
      expect(hidden.connections.count).toBe(1);
    });
  });

  it("DELETE forgets the settings", async () => {
    expect((await call(emailRoute.DELETE, admin.cookie, "DELETE")).body).toEqual({ configured: false, smtp: null });
    expect((await call(emailRoute.GET, admin.cookie)).body.configured).toBe(false);
  });
});
