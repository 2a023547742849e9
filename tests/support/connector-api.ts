// Calls a route handler the way Next.js does (Request + params promise) with a real API token, and reads JSON back.
import { apiRequest, routeParams } from "./auth-fixtures";

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

export interface CallOptions {
  method?: string;
  body?: unknown;
  params?: Record<string, string>;
  authorization: string;
}

export interface CallResult {
  status: number;
  // Test responses are asserted field by field; typing each route's DTO here would add nothing.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  text: string;
}

export async function callRoute(handler: Handler, path: string, options: CallOptions): Promise<CallResult> {
  const request = apiRequest(path, {
    method: options.method ?? (options.body === undefined ? "GET" : "POST"),
    body: options.body,
    headers: { authorization: options.authorization },
  });
  const response = await handler(request, routeParams(options.params ?? {}));
  const text = await response.text();
  return { status: response.status, text, body: text ? JSON.parse(text) : null };
}
