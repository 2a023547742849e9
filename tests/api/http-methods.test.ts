// Every route file on disk answers every method: the ones it serves, and for the rest a 405 in the route's error
// shape with `Allow` (Next.js itself would answer an empty 405), OPTIONS 204 with `Allow`, HEAD like GET. A route
// added without `otherMethods(...)` fails here. Unknown /api paths answer 404 in the error shape.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as catchAll from "@/app/api/[...path]/route";
import { isMethodNotAllowed, ROUTE_METHODS } from "@/lib/api/method-not-allowed";

const apiDir = path.resolve(import.meta.dirname, "..", "..", "app", "api");

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

const routeFiles = readdirSync(apiDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name === "route.ts")
  .map((entry) => path.join(entry.parentPath, entry.name))
  // Catch-alls answer every method with a 404 in their API's shape.
  .filter((file) => !file.includes("[..."))
  // The app webhook trigger URL answers every method itself: other methods are stored as refused requests and
  // answered 405 with Allow: POST (tests/api/inbound-bytes.test.ts).
  .filter((file) => !file.includes(`${path.sep}apps${path.sep}`));

const routes = await Promise.all(
  routeFiles.map(async (file) => ({
    urlPath: "/api/" + path.relative(apiDir, path.dirname(file)).split(path.sep).join("/"),
    exports: (await import(file)) as Record<string, unknown>,
  })),
);

/** The error shape each route family documents. */
function shapeOf(urlPath: string, body: Record<string, unknown>): boolean {
  if (urlPath === "/api/v2/webhooks") return body.Status === "Error" && typeof body.ExceptionMessage === "string";
  if (urlPath.startsWith("/api/apps/")) return typeof body.error === "string";
  const error = body.error as Record<string, unknown> | undefined;
  return error?.code === "method_not_allowed" && typeof error.message === "string";
}

const call = (handler: Handler, method: string, urlPath: string) =>
  handler(new Request(`http://local${urlPath.replace(/\[[^\]]+\]/g, "x")}`, { method }), {
    params: Promise.resolve({}),
  });

describe("HTTP methods on every route file", () => {
  it("finds the route files", () => {
    expect(routes.length).toBeGreaterThan(60);
  });

  it.each(routes)("$urlPath exports a handler for every method", ({ exports }) => {
    const missing = ROUTE_METHODS.filter(
      (method) => typeof exports[method] !== "function" && !(method === "HEAD" && typeof exports.GET === "function"),
    );
    expect(missing).toEqual([]);
  });

  it.each(routes)(
    "$urlPath answers the methods it does not serve with 405 JSON and Allow",
    async ({ urlPath, exports }) => {
      const served = ROUTE_METHODS.filter(
        (method) =>
          typeof exports[method] === "function" && !isMethodNotAllowed(exports[method]) && method !== "OPTIONS",
      );
      const expectedAllow = ROUTE_METHODS.filter(
        (method) => served.includes(method) || method === "OPTIONS" || (method === "HEAD" && served.includes("GET")),
      ).join(", ");
      const options = await call(exports.OPTIONS as Handler, "OPTIONS", urlPath);
      expect(options.status).toBe(204);
      expect(options.headers.get("allow")).toBe(expectedAllow);
      for (const method of ROUTE_METHODS.filter((candidate) => isMethodNotAllowed(exports[candidate]))) {
        const response = await call(exports[method] as Handler, method, urlPath);
        expect(response.status, `${method} ${urlPath}`).toBe(405);
        expect(response.headers.get("allow")).toBe(expectedAllow);
        expect(response.headers.get("content-type")).toMatch(/^application\/json/);
        expect(shapeOf(urlPath, await response.json()), `${method} ${urlPath} error shape`).toBe(true);
      }
    },
  );
});

describe("unknown /api paths", () => {
  it.each(["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"])("%s answers 404 in the error shape", async (method) => {
    const handler = (catchAll as unknown as Record<string, Handler>)[method]!;
    const response = await handler(
      new Request("http://local/api/v1/no-such-thing/here", { method, body: method === "GET" ? undefined : "{}" }),
      {
        params: Promise.resolve({ path: "v1/no-such-thing/here" }),
      },
    );
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({
      error: { code: "not_found", message: expect.stringContaining("/api/v1/no-such-thing/here") },
    });
  });
});
