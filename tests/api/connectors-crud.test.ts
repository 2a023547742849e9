// Connector CRUD through the real route handlers and PostgreSQL: shapes, masking, validation, roles, audit.
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/connectors/route";
import * as item from "@/app/api/v1/connectors/[id]/route";
import * as reveal from "@/app/api/v1/connectors/[id]/reveal-secret/route";
import { db } from "@/lib/db";
import { SECRET_MASK } from "@/lib/crypto/tokens";
import { apiToken, unique } from "../support/auth-fixtures";
import { callRoute } from "../support/connector-api";

let admin: string;
let viewer: string;

beforeAll(async () => {
  admin = (await apiToken("admin")).authorization;
  viewer = (await apiToken("viewer")).authorization;
});

const PASSWORD = "pa55-word-" + unique("secret");
const HEADER_SECRET = "hdr-" + unique("secret");

function validConnector(overrides: Record<string, unknown> = {}) {
  return {
    name: unique("crud"),
    url: "https://api.example.com/hooks/{{id}}",
    method: "POST",
    bodyType: "json",
    bodyTemplate: '{"id": "{{id}}", "n": {{count}}}',
    auth: { type: "basic", username: "ann", password: PASSWORD },
    headers: [
      { name: "X-Plain", value: "visible" },
      { name: "X-Api-Key", value: HEADER_SECRET, secret: true },
    ],
    queryParams: [{ name: "source", value: "switchboard" }],
    ...overrides,
  };
}

const create = (body: unknown, authorization = admin) =>
  callRoute(collection.POST, "/api/v1/connectors", { body, authorization });

describe("create, read, list", () => {
  it("creates with defaults and never returns a secret", async () => {
    const created = await create(validConnector());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      method: "POST",
      bodyType: "json",
      timeoutMs: 15000,
      followRedirects: false,
      enabled: true,
      notifyOnFailure: false,
      auth: { type: "basic", username: "ann", password: SECRET_MASK, hasPassword: true },
      headers: [
        { name: "X-Plain", value: "visible", secret: false },
        { name: "X-Api-Key", value: SECRET_MASK, secret: true },
      ],
      queryParams: [{ name: "source", value: "switchboard" }],
      lastError: null,
    });
    const id = created.body.id as string;
    const read = await callRoute(item.GET, `/api/v1/connectors/${id}`, { authorization: viewer, params: { id } });
    expect(read.status).toBe(200);
    for (const text of [created.text, read.text]) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(HEADER_SECRET);
    }
    // At rest the secrets are ciphertext.
    const row = await db().connector.findUniqueOrThrow({ where: { id }, omit: { authSecretEnc: false } });
    expect(row.authSecretEnc).toMatch(/^v1:/);
    expect(JSON.stringify(row)).not.toContain(PASSWORD);
    expect(JSON.stringify(row)).not.toContain(HEADER_SECRET);
  });

  it("lists newest first with search, filters and cursor pagination", async () => {
    const tag = unique("listing");
    const ids: string[] = [];
    for (const [index, auth] of [{ type: "none" }, { type: "bearer", token: "t-1" }, { type: "none" }].entries()) {
      const created = await create(validConnector({ name: `${tag} ${index}`, auth, enabled: index !== 2 }));
      ids.push(created.body.id);
    }
    const page1 = await callRoute(collection.GET, `/api/v1/connectors?q=${encodeURIComponent(tag)}&limit=2`, {
      authorization: viewer,
    });
    expect(page1.status).toBe(200);
    expect(page1.body.data.map((row: { id: string }) => row.id)).toEqual([ids[2], ids[1]]);
    expect(page1.body.nextCursor).toBe(ids[1]);
    const page2 = await callRoute(
      collection.GET,
      `/api/v1/connectors?q=${encodeURIComponent(tag)}&limit=2&cursor=${ids[1]}`,
      {
        authorization: viewer,
      },
    );
    expect(page2.body.data.map((row: { id: string }) => row.id)).toEqual([ids[0]]);
    expect(page2.body.nextCursor).toBeNull();
    const bearer = await callRoute(collection.GET, `/api/v1/connectors?q=${encodeURIComponent(tag)}&authType=bearer`, {
      authorization: viewer,
    });
    expect(bearer.body.data.map((row: { id: string }) => row.id)).toEqual([ids[1]]);
    expect(bearer.text).not.toContain("t-1");
    const disabled = await callRoute(collection.GET, `/api/v1/connectors?q=${encodeURIComponent(tag)}&enabled=false`, {
      authorization: viewer,
    });
    expect(disabled.body.data.map((row: { id: string }) => row.id)).toEqual([ids[2]]);
  });

  it("answers 404 for unknown and malformed ids", async () => {
    for (const id of ["00000000-0000-7000-8000-000000000000", "not-a-uuid"]) {
      const read = await callRoute(item.GET, `/api/v1/connectors/${id}`, { authorization: viewer, params: { id } });
      expect(read.status).toBe(404);
      expect(read.body.error.code).toBe("not_found");
    }
  });
});

describe("validation: 400 with field paths", () => {
  it.each([
    ["missing name", { name: "" }, "name"],
    ["name too long", { name: "x".repeat(1025) }, "name"],
    ["not http(s)", { url: "ftp://example.com" }, "url"],
    ["bad method", { method: "TRACE" }, "method"],
    ["timeout too short", { timeoutMs: 999 }, "timeoutMs"],
    ["timeout too long", { timeoutMs: 60001 }, "timeoutMs"],
    ["invalid JSON body", { bodyTemplate: '{"a": ' }, "bodyTemplate"],
    ["form body not an object", { bodyType: "form", bodyTemplate: "[1]" }, "bodyTemplate"],
    ["Host header", { headers: [{ name: "Host", value: "x" }] }, "headers.0.name"],
    ["Content-Length header", { headers: [{ name: "content-length", value: "1" }] }, "headers.0.name"],
    [
      "Proxy-* header",
      {
        headers: [
          { name: "X-A", value: "1" },
          { name: "Proxy-Authorization", value: "x" },
        ],
      },
      "headers.1.name",
    ],
    ["Transfer-Encoding", { headers: [{ name: "Transfer-Encoding", value: "chunked" }] }, "headers.0.name"],
    ["Authorization with basic auth", { headers: [{ name: "Authorization", value: "Bearer x" }] }, "headers.0.name"],
    ["header name with a space", { headers: [{ name: "X Bad", value: "1" }] }, "headers.0.name"],
    ["header name over 128", { headers: [{ name: "X".repeat(129), value: "1" }] }, "headers.0.name"],
    ["header value over 1024", { headers: [{ name: "X-Long", value: "v".repeat(1025) }] }, "headers.0.value"],
    [
      "header value with a line break",
      { headers: [{ name: "X-Inject", value: "a\r\nHost: evil" }] },
      "headers.0.value",
    ],
    [
      "100 headers",
      { headers: Array.from({ length: 100 }, (_, index) => ({ name: `X-H${index}`, value: "1" })) },
      "headers",
    ],
    ["basic without password", { auth: { type: "basic", username: "ann" } }, "auth.password"],
    ["bearer with the mask", { auth: { type: "bearer", token: SECRET_MASK } }, "auth.token"],
    ["unknown auth type", { auth: { type: "oauth" } }, "auth.type"],
    [
      "secret header left masked",
      { headers: [{ name: "X-Key", value: SECRET_MASK, secret: true }] },
      "headers.0.value",
    ],
  ])("%s", async (_label, overrides, path) => {
    const response = await create(validConnector(overrides));
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("validation_failed");
    expect(response.body.error.details.map((issue: { path: string }) => issue.path)).toContain(path);
  });

  it("says clearly why a reserved header is refused", async () => {
    const response = await create(validConnector({ headers: [{ name: "Host", value: "x" }] }));
    expect(response.body.error.details[0].message).toBe("Host is set by the HTTP client and cannot be configured");
    const conflict = await create(validConnector({ headers: [{ name: "Authorization", value: "x" }] }));
    expect(conflict.body.error.details[0].message).toMatch(/Authorization conflicts with the basic authentication/);
  });

  it("accepts an Authorization header when authentication is None", async () => {
    const response = await create(
      validConnector({ auth: { type: "none" }, headers: [{ name: "Authorization", value: "Token abc" }] }),
    );
    expect(response.status).toBe(201);
  });
});

describe("update", () => {
  it("keeps secrets sent back masked or omitted, replaces them when new values arrive", async () => {
    const created = await create(validConnector());
    const id = created.body.id as string;
    const patch = (body: unknown) =>
      callRoute(item.PATCH, `/api/v1/connectors/${id}`, {
        method: "PATCH",
        body,
        authorization: admin,
        params: { id },
      });

    // The form sends back what it read: masks included.
    const roundTrip = await patch({ ...created.body, name: created.body.name + " renamed" });
    expect(roundTrip.status).toBe(200);
    expect(roundTrip.text).not.toContain(PASSWORD);
    const row = await db().connector.findUniqueOrThrow({ where: { id }, omit: { authSecretEnc: false } });
    const { decrypt } = await import("@/lib/crypto/secret-key");
    expect(decrypt(row.authSecretEnc!)).toBe(PASSWORD);
    const storedHeaders = row.headers as { name: string; valueEnc?: string }[];
    expect(decrypt(storedHeaders.find((header) => header.name === "X-Api-Key")!.valueEnc!)).toBe(HEADER_SECRET);

    const omitted = await patch({ auth: { type: "basic", username: "bob" } });
    expect(omitted.body.auth).toEqual({ type: "basic", username: "bob", password: SECRET_MASK, hasPassword: true });
    const afterOmit = await db().connector.findUniqueOrThrow({ where: { id }, omit: { authSecretEnc: false } });
    expect(decrypt(afterOmit.authSecretEnc!)).toBe(PASSWORD);

    const replaced = await patch({ auth: { type: "basic", username: "bob", password: "new-password" } });
    expect(replaced.status).toBe(200);
    const afterReplace = await db().connector.findUniqueOrThrow({ where: { id }, omit: { authSecretEnc: false } });
    expect(decrypt(afterReplace.authSecretEnc!)).toBe("new-password");
    expect(replaced.text).not.toContain("new-password");

    // Switching type needs the new type's secret: the old password is not a token.
    const switched = await patch({ auth: { type: "bearer" } });
    expect(switched.status).toBe(400);
    expect(switched.body.error.details[0].path).toBe("auth.token");
  });

  it("checks a partial update against what it leaves in place", async () => {
    const created = await create(validConnector());
    const id = created.body.id as string;
    const patch = (body: unknown) =>
      callRoute(item.PATCH, `/api/v1/connectors/${id}`, {
        method: "PATCH",
        body,
        authorization: admin,
        params: { id },
      });
    const header = await patch({ headers: [{ name: "Authorization", value: "x" }] });
    expect(header.status).toBe(400);
    expect(header.body.error.details[0].path).toBe("headers.0.name");
    const body = await patch({ bodyTemplate: "{not json" });
    expect(body.status).toBe(400);
    expect(body.body.error.details[0].path).toBe("bodyTemplate");
    const text = await patch({ bodyType: "text", bodyTemplate: "{not json but text}" });
    expect(text.status).toBe(200);
  });
});

describe("roles, reveal, delete, audit", () => {
  it("viewers read but cannot write", async () => {
    const created = await create(validConnector());
    const id = created.body.id as string;
    expect((await create(validConnector(), viewer)).status).toBe(403);
    expect(
      (
        await callRoute(item.PATCH, "/x", {
          method: "PATCH",
          body: { name: "v" },
          authorization: viewer,
          params: { id },
        })
      ).status,
    ).toBe(403);
    expect(
      (await callRoute(item.DELETE, "/x", { method: "DELETE", authorization: viewer, params: { id } })).status,
    ).toBe(403);
    expect(
      (await callRoute(reveal.POST, "/x", { body: { field: "auth" }, authorization: viewer, params: { id } })).status,
    ).toBe(403);
    expect((await callRoute(item.GET, "/x", { authorization: viewer, params: { id } })).status).toBe(200);
  });

  it("reveals a secret to an admin and writes who looked to the audit log", async () => {
    const created = await create(validConnector());
    const id = created.body.id as string;
    const auth = await callRoute(reveal.POST, "/x", { body: { field: "auth" }, authorization: admin, params: { id } });
    expect(auth.body).toEqual({ value: PASSWORD });
    const header = await callRoute(reveal.POST, "/x", {
      body: { field: "header", name: "x-api-key" },
      authorization: admin,
      params: { id },
    });
    expect(header.body).toEqual({ value: HEADER_SECRET });
    const plain = await callRoute(reveal.POST, "/x", {
      body: { field: "header", name: "X-Plain" },
      authorization: admin,
      params: { id },
    });
    expect(plain.status).toBe(404);
    const audits = await db().auditLog.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((entry) => entry.action)).toEqual([
      "connector.created",
      "connector.secret_revealed",
      "connector.secret_revealed",
    ]);
    expect(audits[2]!.diff).toEqual({ field: "header", name: "x-api-key" });
    expect(JSON.stringify(audits)).not.toContain(PASSWORD);
    expect(JSON.stringify(audits)).not.toContain(HEADER_SECRET);
  });

  it("deletes, audits create/update/delete with secrets masked", async () => {
    const created = await create(validConnector());
    const id = created.body.id as string;
    await callRoute(item.PATCH, "/x", {
      method: "PATCH",
      body: { auth: { type: "bearer", token: "tok-" + PASSWORD } },
      authorization: admin,
      params: { id },
    });
    const deleted = await callRoute(item.DELETE, "/x", { method: "DELETE", authorization: admin, params: { id } });
    expect(deleted.status).toBe(204);
    expect((await callRoute(item.GET, "/x", { authorization: admin, params: { id } })).status).toBe(404);
    const audits = await db().auditLog.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((entry) => entry.action)).toEqual([
      "connector.created",
      "connector.updated",
      "connector.deleted",
    ]);
    expect(JSON.stringify(audits)).not.toContain(PASSWORD);
    expect(audits[1]!.diff).toMatchObject({
      changed: ["auth"],
      after: { auth: { type: "bearer", token: SECRET_MASK } },
    });
  });
});

describe("signing", () => {
  it("gives every new connector a Standard Webhooks signing secret, stored encrypted and never returned", async () => {
    const created = await create({ name: unique("Signed"), url: "https://example.com/hooks" });
    expect(created.status).toBe(201);
    expect(created.body.hasSigningSecret).toBe(true);
    const row = await db().connector.findUniqueOrThrow({
      where: { id: created.body.id },
      omit: { signingSecretEnc: false },
    });
    expect(row.signingSecretEnc).toMatch(/^v1:/);
    expect(created.text).not.toContain("whsec_");
  });
});
