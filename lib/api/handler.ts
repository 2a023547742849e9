// The one wrapper every /api/v1 route handler goes through: it authenticates, checks the role, parses params,
// query and body with the route's Zod schemas, and owns the single catch that maps errors to the API's shape.
// Every input passes the same rules first: the body cap (read-json-body.ts) and no string PostgreSQL cannot hold
// (storable-input.ts), so no route can forget them.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { authenticate, clientIp, readCookie } from "../auth/authenticate";
import { sessionCookie } from "../auth/session-cookie";
import { SESSION_COOKIE } from "../auth/sessions";
import type { Principal } from "../core/principal";
import { env } from "../env";
import { logger } from "../core/logger";
import { refuseCrossSiteWrite } from "./cross-site";
import { errorBody, knownAppError, statusOf } from "./errors";
import { AppError, validationError } from "../core/errors";
import { json } from "./json";
import { readJsonBody, refuseDeclaredOversize } from "./read-json-body";
import { assertStorable } from "./storable-input";

export type Access = "public" | "viewer" | "admin";

interface RouteOptions<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, A extends Access> {
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  /** Bytes this route reads at most; SWITCHBOARD_MAX_BODY_BYTES (1 MiB) unless the route carries content. */
  maxBodyBytes?: number;
  /**
   * Body fields that are content, stored byte for byte rather than as text (an event's payload): exempt from the
   * rule that refuses NUL and lone surrogates in every other input. Dot paths from the body's top.
   */
  contentFields?: readonly string[];
}

export interface RouteContext<P, Q, B, A extends Access> {
  request: Request;
  principal: A extends "public" ? Principal | null : Principal;
  params: P;
  query: Q;
  body: B;
  /** The request body's text as received (routes whose content must be kept exactly, e.g. event payloads). */
  bodyText: string | undefined;
  ip: string | null;
}

type NextRouteContext = { params: Promise<Record<string, string | string[]>> };

export function route<
  A extends Access,
  P extends z.ZodType = z.ZodType<Record<string, string>>,
  Q extends z.ZodType = z.ZodType<Record<string, string>>,
  B extends z.ZodType = z.ZodType<unknown>,
>(
  options: RouteOptions<P, Q, B, A>,
  handle: (context: RouteContext<z.infer<P>, z.infer<Q>, z.infer<B>, A>) => Promise<Response | unknown>,
) {
  return async (request: Request, nextContext?: NextRouteContext): Promise<Response> => {
    try {
      const maxBodyBytes = options.maxBodyBytes ?? env().SWITCHBOARD_MAX_BODY_BYTES;
      refuseDeclaredOversize(request.headers, maxBodyBytes);
      refuseCrossSiteWrite(request, options.access === "public");
      const principal = await authenticate(request.headers);
      authorize(principal, options.access);
      const rawParams = (await nextContext?.params) ?? {};
      assertStorable(rawParams, "path parameters");
      const params = parseWith(options.params, rawParams, "path parameters");
      const query = parseQuery(new URL(request.url).searchParams, options.query);
      const read = options.body ? await readJsonBody(request, maxBodyBytes) : undefined;
      const bodyText = read?.text;
      const body = options.body ? parseBody(read!.value, options.body, options.contentFields) : undefined;
      const result = await handle({
        request,
        principal: principal as RouteContext<z.infer<P>, z.infer<Q>, z.infer<B>, A>["principal"],
        params: params as z.infer<P>,
        query: query as z.infer<Q>,
        body: body as z.infer<B>,
        bodyText,
        ip: clientIp(request.headers),
      });
      const response = result instanceof Response ? result : json(result);
      return withRenewedSessionCookie(response, request, principal);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * Session expiry slides forward in the database; the browser's cookie has to follow, so every answer to a session
 * carries the cookie again with the session's current end. A route that set the cookie itself (sign-out) wins.
 */
function withRenewedSessionCookie(response: Response, request: Request, principal: Principal | null): Response {
  if (!principal?.sessionExpiresAt || response.headers.has("set-cookie")) return response;
  const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  if (!token) return response;
  response.headers.set("set-cookie", sessionCookie(token, principal.sessionExpiresAt));
  return response;
}

// The steps below are exported for the publish fast path (lib/api/publish/), which must answer exactly as a route.

/** The access rule: a caller for closed routes, the admin role for admin routes. */
export function authorize(principal: Principal | null, access: Access): void {
  if (access === "public") return;
  if (!principal) throw new AppError("unauthorized", "Sign in or send Authorization: Bearer <API token>");
  if (access === "admin" && principal.role !== "admin") {
    throw new AppError("forbidden", "This action needs the admin role; viewers can only read");
  }
}

export function parseQuery<S extends z.ZodType>(searchParams: URLSearchParams, schema: S | undefined): z.infer<S> {
  const rawQuery = [...searchParams];
  for (const [name, value] of rawQuery) assertStorable({ [name]: value }, "query");
  return parseWith(schema, Object.fromEntries(rawQuery), "query") as z.infer<S>;
}

/** A read JSON body: strings PostgreSQL cannot hold are refused (except in content fields), then the schema. */
export function parseBody<S extends z.ZodType>(
  value: unknown,
  schema: S,
  contentFields: readonly string[] = [],
): z.infer<S> {
  assertStorable(value, "request body", contentFields);
  return parseWith(schema, value, "request body") as z.infer<S>;
}

function parseWith(schema: z.ZodType | undefined, value: unknown, what: string) {
  if (!schema) return value;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error, what);
  return parsed.data;
}

export interface ErrorAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** The status, body and headers an error is answered with, for a Response or for Node's own response. */
export function errorAnswer(error: unknown): ErrorAnswer {
  const appError = knownAppError(error, "api");
  if (appError) {
    const headers = appError.retryAfter ? { "retry-after": String(appError.retryAfter) } : undefined;
    return { status: statusOf(appError), body: errorBody(appError), headers };
  }
  const known = prismaKnownError(error);
  if (known) return { status: statusOf(known), body: errorBody(known) };
  const requestId = randomUUID();
  logger.error("unhandled error in API route", { requestId, error });
  return {
    status: 500,
    body: errorBody({
      code: "internal_error",
      message: `Internal error (request id ${requestId})`,
      details: { requestId },
    }),
  };
}

export function errorResponse(error: unknown): Response {
  const { status, body, headers } = errorAnswer(error);
  return json(body, { status, headers });
}

/** Unique and foreign-key violations are the caller's conflict, not our failure. */
function prismaKnownError(error: unknown): AppError | null {
  const code = (error as { code?: unknown })?.code;
  if (code === "P2002") {
    const target = (error as { meta?: { target?: unknown } }).meta?.target;
    return new AppError("conflict", "An object with the same unique value already exists", { target: target ?? null });
  }
  if (code === "P2025") return new AppError("not_found", "The object was not found");
  if (code === "P2003") return new AppError("conflict", "The object is referenced by or refers to another object");
  return null;
}
