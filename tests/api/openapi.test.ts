// The OpenAPI document is valid OpenAPI 3.1, and every route file under app/api and pages/api is in it (a new route
// without documentation fails here).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";
import nextConfig from "@/next.config";
import { allOperations } from "@/lib/openapi/build-document";
import { apiRequest } from "../support/auth-fixtures";

const root = path.resolve(import.meta.dirname, "..", "..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const rewrites = (await nextConfig.rewrites?.()) as { source: string; destination: string }[];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** "app/api/v1/connectors/[id]/route.ts" → "/api/v1/connectors/{id}" */
const toTemplate = (segments: string[]) =>
  "/" + segments.map((segment) => segment.replace(/^\[(.+)\]$/, "{$1}")).join("/");

function routesOnDisk(): { method: string; path: string; file: string }[] {
  const appRoutes = walk(path.join(root, "app", "api"))
    .filter((file) => file.endsWith(`${path.sep}route.ts`))
    // Catch-alls answer unknown paths with a 404 in their API's shape: no operation to document.
    .filter((file) => !file.includes("[..."))
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      const segments = path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep);
      return METHODS.filter((method) =>
        new RegExp(`export (const|async function|function) ${method}\\b`).test(source),
      ).map((method) => ({
        method,
        path: toTemplate(segments),
        file: path.relative(root, file),
      }));
    });
  // Pages Router API routes answer every method in one handler; the header line names the one they serve.
  const pageRoutes = walk(path.join(root, "pages", "api"))
    .filter((file) => file.endsWith(".ts"))
    .map((file) => {
      const segments = path.relative(path.join(root, "pages"), file).replace(/\.ts$/, "").split(path.sep);
      const method = /^\/\/ (GET|POST|PUT|PATCH|DELETE) /.exec(readFileSync(file, "utf8"))?.[1] ?? "POST";
      return { method, path: toTemplate(segments), file: path.relative(root, file) };
    });
  // next.config.ts rewrites (the documented paths without /api) answer with their destination's methods.
  const rewritten = rewrites.flatMap((rewrite) => {
    const destination = toTemplate(
      rewrite.destination
        .slice(1)
        .split("/")
        .map((segment) => segment.replace(/^:(.+)$/, "[$1]")),
    );
    const source = toTemplate(
      rewrite.source
        .slice(1)
        .split("/")
        .map((segment) => segment.replace(/^:(.+)$/, "[$1]")),
    );
    return appRoutes.filter((route) => route.path === destination).map((route) => ({ ...route, path: source }));
  });
  return [...appRoutes, ...pageRoutes, ...rewritten];
}

async function fetchDocument() {
  const response = await GET(apiRequest("/api/v1/openapi.json"));
  expect(response.status).toBe(200);
  return response.json();
}

describe("the documented examples", () => {
  it("pass their own operation's schemas, so a reader can send them as they are", () => {
    const checked = allOperations.flatMap((operation) => {
      const failures: string[] = [];
      if (operation.body && operation.requestExample !== undefined) {
        const parsed = operation.body.safeParse(operation.requestExample);
        if (!parsed.success) failures.push(`${operation.method} ${operation.path} request: ${parsed.error.message}`);
      }
      if (operation.response && operation.responseExample !== undefined) {
        const parsed = operation.response.safeParse(operation.responseExample);
        if (!parsed.success) failures.push(`${operation.method} ${operation.path} response: ${parsed.error.message}`);
      }
      return failures;
    });
    expect(checked).toEqual([]);
    expect(allOperations.filter((operation) => operation.requestExample !== undefined).length).toBeGreaterThan(3);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const document = await fetchDocument();
    expect(document.openapi).toBe("3.1.0");
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every route file under app/api and pages/api", async () => {
    const document = await fetchDocument();
    const routes = routesOnDisk();
    expect(routes.length).toBeGreaterThan(50);
    const missing = routes
      .filter((route) => !document.paths[route.path]?.[route.method.toLowerCase()])
      .map((route) => `${route.method} ${route.path} (${route.file})`);
    expect(missing).toEqual([]);
  });

  it("documents nothing that has no route", async () => {
    const document = await fetchDocument();
    const onDisk = new Set(routesOnDisk().map((route) => `${route.method.toLowerCase()} ${route.path}`));
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([template, operations]) => Object.keys(operations).map((method) => `${method} ${template}`),
    );
    expect(documented.filter((operation) => !onDisk.has(operation))).toEqual([]);
  });

  it("takes request schemas from the routes' Zod schemas, with auth schemes and the error shape", async () => {
    const document = await fetchDocument();
    const create = document.paths["/api/v1/connectors"].post;
    expect(create.requestBody.content["application/json"].schema.required).toContain("url");
    expect(create.security).toEqual([{ bearerAuth: [] }, { cookieAuth: [] }]);
    expect(create.responses["403"]).toEqual({ $ref: "#/components/responses/Forbidden" });
    expect(document.components.securitySchemes.bearerAuth).toEqual(
      expect.objectContaining({ type: "http", scheme: "bearer" }),
    );
    expect(document.components.schemas.Error.properties.error.required).toEqual(["code", "message", "details"]);
    const list = document.paths["/api/v1/deliveries"].get.parameters.map(
      (parameter: { name: string }) => parameter.name,
    );
    expect(list).toEqual(expect.arrayContaining(["status", "connectorId", "from", "to", "cursor", "limit"]));
  });
});
