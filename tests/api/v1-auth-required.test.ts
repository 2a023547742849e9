// Every /api/v1 route, found on disk (so a new route cannot forget), answers 401 in the error shape to a caller
// without a session or token.
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isMethodNotAllowed } from "@/lib/api/method-not-allowed";

const apiDir = path.resolve(import.meta.dirname, "..", "..", "app", "api", "v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
/** Deliberately public: the API description is documentation, readable before signing in. */
const PUBLIC = new Set(["GET /api/v1/openapi.json"]);

const routeFiles = readdirSync(apiDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name === "route.ts")
  .map((entry) => path.join(entry.parentPath, entry.name));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const cases = (
  await Promise.all(
    routeFiles.map(async (file) => {
      const routeModule = (await import(file)) as Record<string, unknown>;
      const urlPath = "/api/v1/" + path.relative(apiDir, path.dirname(file)).split(path.sep).join("/");
      return METHODS.filter(
        (method) =>
          typeof routeModule[method] === "function" &&
          !isMethodNotAllowed(routeModule[method]) &&
          !PUBLIC.has(`${method} ${urlPath}`),
      ).map((method) => ({
        name: `${method} ${urlPath}`,
        method,
        urlPath,
        handler: routeModule[method] as Handler,
      }));
    }),
  )
).flat();

describe("every /api/v1 route", () => {
  it("was found", () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)("$name without credentials → 401", async ({ method, urlPath, handler }) => {
    const id = randomUUID();
    const concrete = urlPath.replace(/\[[^\]]+\]/g, id);
    const params = Object.fromEntries([...urlPath.matchAll(/\[([^\]]+)\]/g)].map((match) => [match[1]!, id]));
    const request = new Request(`http://local${concrete}`, {
      method,
      headers: method === "GET" || method === "DELETE" ? {} : { "content-type": "application/json" },
      body: method === "GET" || method === "DELETE" ? undefined : "{}",
    });
    const response = await handler(request, { params: Promise.resolve(params) });
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("unauthorized");
  });
});
