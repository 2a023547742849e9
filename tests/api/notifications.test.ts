// Notifications through the real route handlers, each test in its own workspace so counts are exact: unread first
// with cursor pages across the unread/read boundary, unread count, mark some or all read, tenant isolation.
import { describe, expect, it } from "vitest";
import { POST as markRead } from "@/app/api/v1/notifications/read/route";
import { GET as list } from "@/app/api/v1/notifications/route";
import { GET as unreadCount } from "@/app/api/v1/notifications/unread-count/route";
import { createApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { raiseNotification } from "@/lib/notifications/raise-notification";
import { apiRequest, apiToken, unique } from "../support/auth-fixtures";

async function freshWorkspace(role: "admin" | "viewer" = "viewer") {
  const workspace = await db().workspace.create({ data: { slug: unique("notify-ws"), name: "Notifications test" } });
  const { token } = await createApiToken(workspace.id, { name: unique("notify"), role }, null);
  return { workspaceId: workspace.id, headers: { authorization: `Bearer ${token}` } };
}

async function raise(workspaceId: string, title: string) {
  return raiseNotification({ workspaceId, kind: "delivery_dead", title, message: `${title} failed after 8 attempts` });
}

type Item = { id: string; title: string; readAt: string | null };

describe("notifications API", () => {
  it("lists unread first, newest first, paging across the unread/read boundary", async () => {
    const { workspaceId, headers } = await freshWorkspace();
    const created = [];
    for (const title of ["n1", "n2", "n3", "n4", "n5"]) created.push(await raise(workspaceId, title));
    // n1 and n4 are read: expected order is unread n5, n3, n2 then read n4, n1.
    await db().notification.updateMany({
      where: { id: { in: [created[0]!.id, created[3]!.id] } },
      data: { readAt: new Date() },
    });

    const titles: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const path: string = `/api/v1/notifications?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const body: { data: Item[]; nextCursor: string | null } = await (
        await list(apiRequest(path, { headers }))
      ).json();
      titles.push(...body.data.map((item) => item.title));
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(titles).toEqual(["n5", "n3", "n2", "n4", "n1"]);
    expect(pages).toBe(3);

    const unreadOnly = await (await list(apiRequest("/api/v1/notifications?unreadOnly=true", { headers }))).json();
    expect(unreadOnly.data.map((item: Item) => item.title)).toEqual(["n5", "n3", "n2"]);
    expect(unreadOnly.nextCursor).toBeNull();
  });

  it("counts unread, marks some and then all read", async () => {
    const { workspaceId, headers } = await freshWorkspace("viewer");
    const [a, b] = [await raise(workspaceId, "a"), await raise(workspaceId, "b"), await raise(workspaceId, "c")];
    const count = async () =>
      (await (await unreadCount(apiRequest("/api/v1/notifications/unread-count", { headers }))).json()).count;
    expect(await count()).toBe(3);

    const some = await markRead(
      apiRequest("/api/v1/notifications/read", { method: "POST", body: { ids: [a!.id, b!.id] }, headers }),
    );
    expect(some.status).toBe(200);
    expect(await some.json()).toEqual({ updated: 2, count: 1 });
    expect(await count()).toBe(1);

    const again = await markRead(
      apiRequest("/api/v1/notifications/read", { method: "POST", body: { ids: [a!.id] }, headers }),
    );
    expect(await again.json()).toEqual({ updated: 0, count: 1 });

    const all = await markRead(
      apiRequest("/api/v1/notifications/read", { method: "POST", body: { all: true }, headers }),
    );
    expect(await all.json()).toEqual({ updated: 1, count: 0 });
    expect(await db().notification.count({ where: { workspaceId, readAt: null } })).toBe(0);
  });

  it.each([
    [{}],
    [{ all: false }],
    [{ ids: [] }],
    [{ ids: ["nope"] }],
    [{ ids: ["01900000-0000-7000-8000-000000000001"], all: true }],
  ])("answers 400 to the mark-read body %j", async (body) => {
    const { headers } = await freshWorkspace();
    const response = await markRead(apiRequest("/api/v1/notifications/read", { method: "POST", body, headers }));
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("validation_failed");
  });

  it("never shows or marks another workspace's notifications", async () => {
    const mine = await freshWorkspace();
    const theirs = await freshWorkspace();
    const foreign = await raise(theirs.workspaceId, "theirs");
    await raise(mine.workspaceId, "mine");

    const listed = await (await list(apiRequest("/api/v1/notifications", { headers: mine.headers }))).json();
    expect(listed.data.map((item: Item) => item.title)).toEqual(["mine"]);
    const marked = await markRead(
      apiRequest("/api/v1/notifications/read", { method: "POST", body: { ids: [foreign.id] }, headers: mine.headers }),
    );
    expect(await marked.json()).toEqual({ updated: 0, count: 1 });
    expect((await db().notification.findUniqueOrThrow({ where: { id: foreign.id } })).readAt).toBeNull();
  });

  it("raises inside a caller's transaction and rolls back with it", async () => {
    const { workspaceId } = await freshWorkspace();
    await expect(
      db().$transaction(async (tx) => {
        await raiseNotification({ workspaceId, kind: "connector_disabled", title: "t", message: "m" }, tx);
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await db().notification.count({ where: { workspaceId } })).toBe(0);
  });

  it("answers 401 without credentials", async () => {
    const admin = await apiToken("admin");
    expect((await unreadCount(apiRequest("/api/v1/notifications/unread-count"))).status).toBe(401);
    expect(
      (
        await unreadCount(
          apiRequest("/api/v1/notifications/unread-count", { headers: { authorization: admin.authorization } }),
        )
      ).status,
    ).toBe(200);
  });
});
