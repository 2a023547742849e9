// An attacker's sweep of the documented reads: secrets with recognisable values are planted (a connector's bearer
// token, secret header and query parameter, its signing secret, a trigger's key, the workspace app secret, the SMTP
// password, an app webhook's uuid), then every GET of the OpenAPI reference is called as a viewer and as an admin
// with the planted objects' ids. None of the answers may carry a planted secret in clear (an app webhook's uuid is
// for admins only). Reveals are POSTs, audited, and not part of the sweep.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { allOperations } from "@/lib/openapi/build-document";
import { apiRequest, apiToken, unique } from "../support/auth-fixtures";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const PLANT = `planted${Date.now()}`;
const planted = {
  bearer: `${PLANT}bearer`,
  header: `${PLANT}header`,
  query: `${PLANT}query`,
  smtp: `${PLANT}smtp`,
} as Record<string, string>;
const ids: Record<string, string> = {};
let admin: string;
let viewer: string;

async function call(method: string, route: string, body: unknown, authorization: string): Promise<Response> {
  const file = path.resolve(import.meta.dirname, "../..", `app${route.replace(/\{(\w+)\}/g, "[$1]")}`, "route.ts");
  const handlers = (await import(file)) as Record<string, Handler>;
  const params: Record<string, string> = {};
  const url = route.replace(/\{(\w+)\}/g, (_, name: string) => (params[name] = ids[name] ?? ids.id ?? "x"));
  return handlers[method.toUpperCase()]!(
    apiRequest(url, { method: method.toUpperCase(), body, headers: { authorization } }),
    {
      params: Promise.resolve(params),
    },
  );
}

async function json<T>(response: Promise<Response>): Promise<T> {
  const answer = await response;
  expect(answer.status, await answer.clone().text()).toBeLessThan(300);
  return (await answer.json()) as T;
}

beforeAll(async () => {
  admin = (await apiToken("admin")).authorization;
  viewer = (await apiToken("viewer")).authorization;
  const connector = await json<{ id: string }>(
    call(
      "post",
      "/api/v1/connectors",
      {
        name: unique("scan"),
        url: "https://crm.example.com/hook",
        method: "POST",
        auth: { type: "bearer", token: planted.bearer },
        headers: [{ name: "X-Key", value: planted.header, secret: true }],
        queryParams: [{ name: "key", value: planted.query, secret: true }],
      },
      admin,
    ),
  );
  ids.id = connector.id;
  const rotated = await json<{ signingSecret: string }>(
    call("post", "/api/v1/connectors/{id}/rotate-secret", {}, admin),
  );
  planted.signing = rotated.signingSecret;
  const trigger = await json<{ id: string; secret: string }>(
    call("post", "/api/v1/triggers", { name: unique("scan"), slug: unique("scan"), actions: [] }, admin),
  );
  planted.trigger = trigger.secret;
  ids.trigger = trigger.id;
  const appSecret = await json<{ appSecret: string }>(
    call("post", "/api/v1/settings/workspace/app-secret/rotate", {}, admin),
  );
  planted.app = appSecret.appSecret;
  await json(
    call(
      "put",
      "/api/v1/settings/email",
      {
        host: "smtp.example.com",
        port: 587,
        secure: false,
        username: "u",
        password: planted.smtp,
        from: "a@example.com",
      },
      admin,
    ),
  );
  const hook = await json<{ uuid: string }>(
    call("post", "/api/app/webhooks", { action: unique("scan").replaceAll("-", "_"), props: {} }, admin),
  );
  planted.appWebhook = hook.uuid;
});

describe("documented reads carry no secret", () => {
  for (const role of ["viewer", "admin"] as const) {
    it(`as ${role}`, async () => {
      const leaks: string[] = [];
      let read = 0;
      const answered: string[] = [];
      for (const operation of allOperations) {
        if (operation.method !== "get" || operation.path === "/api/v1/stream") continue;
        for (const idOf of ["connector", "trigger"] as const) {
          if (!operation.path.includes("{") && idOf === "trigger") continue;
          if (idOf === "trigger" && !operation.path.startsWith("/api/v1/triggers")) continue;
          if (idOf === "connector" && operation.path.startsWith("/api/v1/triggers/{")) continue;
          const saved = ids.id;
          if (idOf === "trigger") ids.id = ids.trigger!;
          let text: string;
          try {
            const response = await call("get", operation.path, undefined, role === "admin" ? admin : viewer);
            text = await response.text();
            if (response.ok) answered.push(operation.path);
          } catch (error) {
            text = `call failed: ${String(error)}`;
          } finally {
            ids.id = saved!;
          }
          read++;
          for (const [name, value] of Object.entries(planted)) {
            if (name === "appWebhook" && role === "admin") continue;
            if (value && text.includes(value)) leaks.push(`${operation.path}: ${name}`);
          }
        }
      }
      expect(read).toBeGreaterThan(20);
      // The sweep reached the objects that hold the secrets (not a row of 404s).
      for (const route of ["/api/v1/connectors/{id}", "/api/v1/triggers/{id}", "/api/v1/settings/email"]) {
        expect(answered).toContain(route);
      }
      expect(answered.length, answered.join("\n")).toBeGreaterThan(20);
      expect(leaks).toEqual([]);
    });
  }
});
