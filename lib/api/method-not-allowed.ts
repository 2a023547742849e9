// Wrong methods answered like every other error. Next.js answers a method a route file does not export with an
// empty 405 (no body, no content type, no Allow); every route file therefore ends with
//   export const { OPTIONS, PUT, PATCH, DELETE } = otherMethods({ GET, POST });
// which exports the rest: 405 in the route's error shape with `Allow`, OPTIONS 204 with `Allow`, and HEAD (when
// there is no GET). tests/api/http-methods.test.ts walks every route.ts on disk, so a route that forgets fails.
import { errorBody, statusOf } from "./errors";
import { AppError } from "../core/errors";
import { json } from "./json";

export const ROUTE_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];

// Route handlers take (request, context) with route-specific context types; any handler will do here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyHandler = (request: Request, context: any) => unknown;
type Implemented = Partial<Record<RouteMethod, AnyHandler>>;
/** HEAD is Next's own when GET exists (it answers HEAD with GET's handler). */
type Missing<T extends Implemented> = Exclude<RouteMethod, keyof T | ("GET" extends keyof T ? "HEAD" : never)>;
type Fallback = (request: Request) => Response;

/** How a route family writes an error: the native shape by default; compatibility routes pass their own. */
export type ErrorShape = (error: AppError, headers: Record<string, string>) => Response;

export const nativeErrorShape: ErrorShape = (error, headers) =>
  json(errorBody(error), { status: statusOf(error), headers });
/** The receive URLs' documented shape: {"error": "<message>"}. */
export const plainErrorShape: ErrorShape = (error, headers) =>
  json({ error: error.message }, { status: statusOf(error), headers });

const fallbacks = new WeakSet<object>();

/** True for the handlers otherMethods made: the route does not serve that method. */
export const isMethodNotAllowed = (handler: unknown): boolean =>
  typeof handler === "function" && fallbacks.has(handler);

export function allowHeader(implemented: Iterable<string>): string {
  const methods = new Set(implemented);
  if (methods.has("GET")) methods.add("HEAD");
  methods.add("OPTIONS");
  return ROUTE_METHODS.filter((method) => methods.has(method)).join(", ");
}

export function otherMethods<T extends Implemented>(
  implemented: T,
  shape: ErrorShape = nativeErrorShape,
): Record<Missing<T>, Fallback> {
  const served = ROUTE_METHODS.filter((method) => typeof implemented[method] === "function");
  const allow = allowHeader(served);
  const handlers: Partial<Record<RouteMethod, Fallback>> = {};
  for (const method of ROUTE_METHODS) {
    if (served.includes(method) || (method === "HEAD" && served.includes("GET"))) continue;
    const handler: Fallback =
      method === "OPTIONS"
        ? () => new Response(null, { status: 204, headers: { allow } })
        : (request) =>
            shape(
              new AppError(
                "method_not_allowed",
                `${request.method} is not allowed on ${new URL(request.url).pathname}; use ${allow}`,
                { allow: allow.split(", ") },
              ),
              {
                allow,
              },
            );
    if (method !== "OPTIONS") fallbacks.add(handler);
    handlers[method] = handler;
  }
  return handlers as Record<Missing<T>, Fallback>;
}
