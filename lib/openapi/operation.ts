// One documented operation: the route's own Zod schemas (the ones its route() wrapper parses with) plus the words
// a reader needs. lib/openapi/build-document.ts turns the list into OpenAPI 3.1.
import type { z } from "zod";

export type Access = "public" | "viewer" | "admin" | "trigger-key" | "webhook-uuid" | "admin-token";

export interface Operation {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI path template, {name} for path parameters. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Raw request bodies (inbound receive) are documented as any content. */
  rawBody?: boolean;
  response?: z.ZodType;
  responseStatus?: number;
  /** application/json unless said (the event stream answers text/event-stream, its messages' data described). */
  responseMediaType?: string;
  responseDescription?: string;
  /** Extra documented answers (status → description), beyond the error answers access implies. */
  answers?: Record<number, string>;
  requestExample?: unknown;
  responseExample?: unknown;
  headers?: readonly { name: string; description: string; required?: boolean }[];
  /** Compatibility and inbound routes keep their own documented error bodies, not the native error shape. */
  ownErrors?: boolean;
}

export const op = (operation: Operation) => operation;
