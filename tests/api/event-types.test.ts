// Event types through the real route handlers: CRUD, validation with field paths, unique keys, archive, search and
// cursor pagination, the idempotent CRM catalogue import, and viewers kept to reads.
import { describe, expect, it } from "vitest";
import { GET as getOne, PATCH as patch, DELETE as archive } from "@/app/api/v1/event-types/[id]/route";
import { POST as importCatalogue } from "@/app/api/v1/event-types/import-catalogue/route";
import { GET as list, POST as create } from "@/app/api/v1/event-types/route";
import { db } from "@/lib/db";
import { CRM_CATALOGUE } from "@/lib/event-types/crm-catalogue";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { apiRequest, apiToken, routeParams, unique } from "../support/auth-fixtures";

const CATALOGUE_CODES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 26, 31, 32, 33, 34, 35];

async function createType(authorization: string, body: Record<string, unknown>) {
  return create(apiRequest("/api/v1/event-types", { method: "POST", body, headers: { authorization } }));
}

/** Codes are unique per workspace and the catalogue owns 1–35: tests pick from a range nothing else uses. */
const uniqueCode = () => 1_000_000 + Math.floor(Math.random() * 1_000_000_000);

describe("event types API", () => {
  it("keeps a sample payload's keys in the order its author wrote them", async () => {
    const admin = await apiToken("admin");
    // jsonb would answer {"id","zeta","alpha":{"a","b"}}: shortest keys first.
    const written = '{"zeta":1,"alpha":{"b":2,"a":1},"id":"x","customer":{"name":"Ada","email":"a@b.c"}}';
    const created = await createType(admin.authorization, {
      key: `${unique("ordered")}.sample`,
      samplePayload: JSON.parse(written) as unknown,
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const read = await getOne(
      apiRequest(`/api/v1/event-types/${id}`, { headers: { authorization: admin.authorization } }),
      routeParams({ id }),
    );
    expect(JSON.stringify(((await read.json()) as { samplePayload: unknown }).samplePayload)).toBe(written);
  });

  it("creates, reads, updates and archives an event type, auditing each change", async () => {
    const admin = await apiToken("admin");
    const key = `${unique("order")}.created`;
    const code = uniqueCode();
    const created = await createType(admin.authorization, {
      key,
      code,
      description: "An order was placed",
      samplePayload: { data: { id: 7, items: [1, 2] } },
    });
    expect(created.status).toBe(201);
    const eventType = await created.json();
    expect(eventType).toMatchObject({
      key,
      code,
      description: "An order was placed",
      samplePayload: { data: { id: 7, items: [1, 2] } },
      archivedAt: null,
      subscriptionCount: 0,
    });

    const headers = { authorization: admin.authorization };
    const read = await getOne(
      apiRequest(`/api/v1/event-types/${eventType.id}`, { headers }),
      routeParams({ id: eventType.id }),
    );
    expect(read.status).toBe(200);
    expect((await read.json()).key).toBe(key);

    const updated = await patch(
      apiRequest(`/api/v1/event-types/${eventType.id}`, {
        method: "PATCH",
        body: { description: "Placed", samplePayload: null },
        headers,
      }),
      routeParams({ id: eventType.id }),
    );
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({ key, code, description: "Placed", samplePayload: null });

    const archived = await archive(
      apiRequest(`/api/v1/event-types/${eventType.id}`, { method: "DELETE", headers }),
      routeParams({ id: eventType.id }),
    );
    expect(archived.status).toBe(200);
    expect((await archived.json()).archivedAt).not.toBeNull();

    const visible = await list(apiRequest(`/api/v1/event-types?search=${key}`, { headers }));
    expect((await visible.json()).data).toEqual([]);
    const withArchived = await list(apiRequest(`/api/v1/event-types?search=${key}&includeArchived=true`, { headers }));
    expect((await withArchived.json()).data.map((row: { id: string }) => row.id)).toEqual([eventType.id]);

    const restored = await patch(
      apiRequest(`/api/v1/event-types/${eventType.id}`, { method: "PATCH", body: { archived: false }, headers }),
      routeParams({ id: eventType.id }),
    );
    expect((await restored.json()).archivedAt).toBeNull();

    const actions = await db().auditLog.findMany({ where: { targetId: eventType.id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((entry) => entry.action)).toEqual([
      "event_type.created",
      "event_type.updated",
      "event_type.archived",
      "event_type.unarchived",
    ]);
  });

  it.each([
    [{ key: "has space" }, ["key"]],
    [{ key: "x".repeat(257) }, ["key"]],
    [{ key: "" }, ["key"]],
    [{ key: "ok.key", code: -1 }, ["code"]],
    [{ key: "ok.key", code: 1.5 }, ["code"]],
    [{ key: "ok.key", description: "d".repeat(1001) }, ["description"]],
    [{ description: "no key" }, ["key"]],
  ])("answers 400 with field paths for %j", async (body, paths) => {
    const admin = await apiToken("admin");
    const response = await createType(admin.authorization, body);
    expect(response.status).toBe(400);
    const error = (await response.json()).error;
    expect(error.code).toBe("validation_failed");
    expect(error.details.map((issue: { path: string }) => issue.path)).toEqual(paths);
  });

  it("answers 409 to a duplicate key or code", async () => {
    const admin = await apiToken("admin");
    const key = unique("dup");
    const code = uniqueCode();
    expect((await createType(admin.authorization, { key, code })).status).toBe(201);
    const sameKey = await createType(admin.authorization, { key });
    expect(sameKey.status).toBe(409);
    expect((await sameKey.json()).error.code).toBe("conflict");
    expect((await createType(admin.authorization, { key: unique("other"), code })).status).toBe(409);
  });

  it("answers 404 for an unknown id and 400 for an id that is not a UUID", async () => {
    const viewer = await apiToken("viewer");
    const headers = { authorization: viewer.authorization };
    const missing = "01900000-0000-7000-8000-000000000000";
    expect(
      (await getOne(apiRequest(`/api/v1/event-types/${missing}`, { headers }), routeParams({ id: missing }))).status,
    ).toBe(404);
    expect(
      (await getOne(apiRequest("/api/v1/event-types/nope", { headers }), routeParams({ id: "nope" }))).status,
    ).toBe(400);
  });

  it("pages through a search with nextCursor until the last page", async () => {
    const admin = await apiToken("admin");
    const prefix = unique("page");
    for (const suffix of ["a", "b", "c", "d", "e"]) {
      expect((await createType(admin.authorization, { key: `${prefix}.${suffix}` })).status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `/api/v1/event-types?search=${prefix}&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const body: { data: { key: string }[]; nextCursor: string | null } = await (
        await list(apiRequest(query, { headers: { authorization: admin.authorization } }))
      ).json();
      seen.push(...body.data.map((row) => row.key));
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(["a", "b", "c", "d", "e"].map((suffix) => `${prefix}.${suffix}`));
  });

  it("imports the CRM catalogue once: 18 codes with sample payloads, a second import adds nothing", async () => {
    const admin = await apiToken("admin");
    const headers = { authorization: admin.authorization };
    const first = await importCatalogue(
      apiRequest("/api/v1/event-types/import-catalogue", { method: "POST", headers }),
    );
    expect(first.status).toBe(200);
    const firstBody = await first.json();
    expect(firstBody.data.map((row: { code: number }) => row.code)).toEqual(CATALOGUE_CODES);

    const second = await importCatalogue(
      apiRequest("/api/v1/event-types/import-catalogue", { method: "POST", headers }),
    );
    const secondBody = await second.json();
    expect(secondBody.created).toBe(0);
    expect(secondBody.data).toHaveLength(18);

    const stored = await db().eventType.findMany({
      where: { workspaceId: await defaultWorkspaceId(), code: { in: CATALOGUE_CODES } },
      orderBy: { code: "asc" },
    });
    expect(stored.map((row) => [row.code, row.key])).toEqual(CRM_CATALOGUE.map((entry) => [entry.code, entry.key]));
    expect(stored.find((row) => row.code === 3)).toMatchObject({ key: "lead.create", description: "Lead create" });
    expect(stored.every((row) => row.samplePayload !== null && typeof row.samplePayload === "object")).toBe(true);
  });

  it("lets a viewer read but answers 403 to every write", async () => {
    const admin = await apiToken("admin");
    const viewer = await apiToken("viewer");
    const existing = await (await createType(admin.authorization, { key: unique("viewer") })).json();
    const headers = { authorization: viewer.authorization };
    expect((await list(apiRequest("/api/v1/event-types", { headers }))).status).toBe(200);
    const writes = [
      await createType(viewer.authorization, { key: unique("nope") }),
      await patch(
        apiRequest(`/api/v1/event-types/${existing.id}`, { method: "PATCH", body: { description: "x" }, headers }),
        routeParams({ id: existing.id }),
      ),
      await archive(
        apiRequest(`/api/v1/event-types/${existing.id}`, { method: "DELETE", headers }),
        routeParams({ id: existing.id }),
      ),
      await importCatalogue(apiRequest("/api/v1/event-types/import-catalogue", { method: "POST", headers })),
    ];
    expect(writes.map((response) => response.status)).toEqual([403, 403, 403, 403]);
    expect((await db().eventType.findUniqueOrThrow({ where: { id: existing.id } })).archivedAt).toBeNull();
  });

  it("answers 401 without credentials", async () => {
    expect((await list(apiRequest("/api/v1/event-types"))).status).toBe(401);
  });
});
