// Calls a route handler the way Next.js does (Request + params promise) with a real API token, and reads JSON back;
// creates the connector most API tests start from.
import { expect } from "vitest";
import * as collection from "@/app/api/v1/connectors/route";
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

/** Creates a connector through POST /api/v1/connectors and asserts the 201; the body is the created connector. */
export async function createConnector(
  body: Record<string, unknown>,
  authorization: string,
): Promise<CallResult["body"]> {
  const created = await callRoute(collection.POST, "/api/v1/connectors", { body, authorization });
  expect(created.status, created.text).toBe(201);
  return created.body;
}
