// Secrets that travel in a URL. Credentials in userinfo (https://user:pass@host/) were stored and shown in clear and
// silently not sent: every API that takes a connector URL or an outbound URL refuses them in its own error shape,
// pointing at Basic auth. Query parameters marked secret are encrypted at rest and read "[redacted]" wherever the
// request is shown: the connector, the run's answer, the stored attempt, the history and the exports.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/connectors/route";
import * as single from "@/app/api/v1/connectors/[id]/route";
import * as executeRoute from "@/app/api/v1/connectors/[id]/execute/route";
import * as historyRoute from "@/app/api/v1/connectors/[id]/history/route";
import * as revealRoute from "@/app/api/v1/connectors/[id]/reveal-secret/route";
import * as testUnsavedRoute from "@/app/api/v1/connectors/test/route";
import * as exportDeliveriesRoute from "@/app/api/v1/export/deliveries/route";
import * as compatWebhooks from "@/app/api/webhooks/route";
import * as compatExecute from "@/app/api/execute/route";
import { POST as crmCreate } from "@/app/api/v2/webhooks/route";
import { db } from "@/lib/db";
import { SECRET_MASK } from "@/lib/crypto/secret-mask";
import { apiRequest, apiToken, unique } from "../support/auth-fixtures";
import { callRoute, createConnector } from "../support/connector-api";
import { startHttpTarget, type HttpTarget } from "../support/http-target";

const USERINFO_MESSAGE =
  "Remove the user name and password from the URL: credentials in a URL are stored and shown in clear and are not sent. Use Basic auth instead.";
let admin: string;
let viewer: string;
let target: HttpTarget;

beforeAll(async () => {
  admin = (await apiToken("admin")).authorization;
  viewer = (await apiToken("viewer")).authorization;
  target = await startHttpTarget();
});

afterAll(() => target.close());

describe("credentials in the URL are refused everywhere a URL comes in", () => {
  it.each([
    "https://user:pass@hooks.example.com/x",
    "https://user@hooks.example.com/x",
    "https://:pass@hooks.example.com/x",
    "https://{{user}}:{{password}}@hooks.example.com/x",
  ])("/api/v1/connectors create and update: %s", async (url) => {
    const created = await callRoute(collection.POST, "/api/v1/connectors", {
      body: { name: unique("userinfo"), url },
      authorization: admin,
    });
    expect(created.status).toBe(400);
    expect(created.body.error).toMatchObject({
      code: "validation_failed",
      details: [{ path: "url", message: USERINFO_MESSAGE }],
    });

    const plain = await createConnector({ name: unique("userinfo"), url: "https://hooks.example.com/x" }, admin);
    const updated = await callRoute(single.PATCH, "/x", {
      method: "PATCH",
      body: { url },
      params: { id: plain.id },
      authorization: admin,
    });
    expect(updated.status).toBe(400);
    expect(updated.body.error.details).toEqual([{ path: "url", message: USERINFO_MESSAGE }]);
  });

  it("/api/v1/connectors/test (an unsaved connector)", async () => {
    const response = await callRoute(testUnsavedRoute.POST, "/x", {
      body: { connector: { name: "t", url: `http://u:p@127.0.0.1:${target.port}/` } },
      authorization: admin,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([{ path: "connector.url", message: USERINFO_MESSAGE }]);
  });

  it("/api/webhooks (compatibility CRUD)", async () => {
    const response = await callRoute(compatWebhooks.POST, "/api/webhooks", {
      body: { name: unique("compat"), url: "https://u:p@hooks.example.com/" },
      authorization: admin,
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: "validation_failed",
      details: [{ path: "url", message: USERINFO_MESSAGE }],
    });
  });

  it("/api/execute, before anything is sent", async () => {
    const before = target.received.length;
    const response = await callRoute(compatExecute.POST, "/api/execute", {
      body: { url: `http://u:p@127.0.0.1:${target.port}/`, method: "GET" },
      authorization: admin,
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: "validation_failed",
      details: [{ path: "url", message: USERINFO_MESSAGE }],
    });
    expect(target.received.length).toBe(before);
  });

  it("/api/v2/webhooks, in the CRM's error shape", async () => {
    const response = await crmCreate(
      apiRequest("/api/v2/webhooks", {
        method: "POST",
        body: {
          URL: "https://u:p@hooks.example.com/lead",
          Method: "POST",
          ContentType: "application/json",
          WebhookEvent: 3,
        },
        headers: { authorization: admin },
      }),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ Status: "Error", ExceptionType: "InvalidInputException" });
    expect(body.ExceptionMessage).toContain(`URL ${USERINFO_MESSAGE}`);
  });
});

describe("query parameters marked secret", () => {
  const SECRET = `qs-secret-${Date.now()}`;
  let id: string;

  beforeAll(async () => {
    const created = await callRoute(collection.POST, "/api/v1/connectors", {
      body: {
        name: unique("secret-param"),
        url: `${target.url}/hook?static=1`,
        method: "POST",
        queryParams: [
          { name: "api_key", value: SECRET, secret: true },
          { name: "page", value: "{{page}}" },
        ],
      },
      authorization: admin,
    });
    expect(created.status).toBe(201);
    id = created.body.id;
  });

  it("are sent in clear to the target only", async () => {
    const run = await callRoute(executeRoute.POST, "/x", {
      body: { variables: { page: 2 } },
      params: { id },
      authorization: admin,
    });
    expect(run.body.ok).toBe(true);
    const received = target.received.at(-1)!;
    expect(new URL(received.url, target.url).searchParams.get("api_key")).toBe(SECRET);
    expect(new URL(received.url, target.url).searchParams.get("page")).toBe("2");
    // The run's own answer, and the stored attempt it returns.
    expect(run.text).not.toContain(SECRET);
    expect(run.body.request.url).toBe(`${target.url}/hook?static=1&api_key=[redacted]&page=2`);
    expect(run.body.delivery.attempts[0].request.url).toBe(`${target.url}/hook?static=1&api_key=[redacted]&page=2`);
  });

  it("are encrypted at rest and masked when the connector is read", async () => {
    const row = await db().connector.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(row)).not.toContain(SECRET);
    expect(row.queryParams).toEqual([
      { name: "api_key", secret: true, valueEnc: expect.stringMatching(/^v1:/) },
      { name: "page", value: "{{page}}", secret: false },
    ]);
    for (const authorization of [admin, viewer]) {
      const read = await callRoute(single.GET, "/x", { params: { id }, authorization });
      expect(read.body.queryParams).toEqual([
        { name: "api_key", value: SECRET_MASK, secret: true },
        { name: "page", value: "{{page}}", secret: false },
      ]);
    }
  });

  it("stay redacted in the history, the attempts table and the deliveries export", async () => {
    const history = await callRoute(historyRoute.GET, "/x", { params: { id }, authorization: admin });
    expect(history.status).toBe(200);
    expect(history.text).toContain("api_key=[redacted]");
    expect(history.text).not.toContain(SECRET);
    const attempts = await db().deliveryAttempt.findMany({ where: { delivery: { connectorId: id } } });
    expect(attempts.length).toBeGreaterThan(0);
    expect(JSON.stringify(attempts)).not.toContain(SECRET);
    for (const format of ["csv", "json", "ndjson"]) {
      const response = await exportDeliveriesRoute.GET(
        apiRequest(`/api/v1/export/deliveries?format=${format}&connectorId=${id}`, {
          headers: { authorization: admin },
        }),
        { params: Promise.resolve({}) },
      );
      expect(response.status).toBe(200);
      const exported = await response.text();
      expect(exported).toContain(id);
      expect(exported).not.toContain(SECRET);
    }
    const audit = await db().auditLog.findMany({ where: { targetId: id } });
    expect(JSON.stringify(audit)).not.toContain(SECRET);
  });

  it("keep their stored value when the mask comes back, and admins can reveal it (audited)", async () => {
    const read = await callRoute(single.GET, "/x", { params: { id }, authorization: admin });
    const updated = await callRoute(single.PATCH, "/x", {
      method: "PATCH",
      body: { queryParams: read.body.queryParams },
      params: { id },
      authorization: admin,
    });
    expect(updated.status).toBe(200);
    await callRoute(executeRoute.POST, "/x", {
      body: { variables: { page: 3 } },
      params: { id },
      authorization: admin,
    });
    expect(new URL(target.received.at(-1)!.url, target.url).searchParams.get("api_key")).toBe(SECRET);

    const revealed = await callRoute(revealRoute.POST, "/x", {
      body: { field: "queryParam", name: "api_key" },
      params: { id },
      authorization: admin,
    });
    expect(revealed.body).toEqual({ value: SECRET });
    expect(
      (
        await callRoute(revealRoute.POST, "/x", {
          body: { field: "queryParam", name: "api_key" },
          params: { id },
          authorization: viewer,
        })
      ).status,
    ).toBe(403);
  });

  it("a new secret parameter needs a value, not the mask", async () => {
    const response = await callRoute(collection.POST, "/api/v1/connectors", {
      body: {
        name: unique("mask"),
        url: "https://hooks.example.com/",
        queryParams: [{ name: "k", value: SECRET_MASK, secret: true }],
      },
      authorization: admin,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([{ path: "queryParams.0.value", message: "Enter the secret value" }]);
  });
});
