// The compatibility routes and the inbound receive endpoints: documented shapes that integrations rely on, with
// their own error bodies.
import { z } from "zod";
import {
  appWebhookRegistrationListSchema,
  appWebhookRegistrationSchema,
} from "../app-webhooks/app-webhook-view-schema";
import { createAppWebhookSchema } from "../app-webhooks/schema";
import { compatExecuteSchema } from "../compat/outbound-connector-execute";
import {
  compatWebhookListSchema,
  compatWebhookSchema,
  compatWebhookUpdateSchema,
  compatWebhookViewSchema,
} from "../compat/webhook-crud-api";
import { crmWebhookSchema } from "../compat/crm-webhook-create/schema";
import { op, type Operation } from "./operation";

// The compatibility routes' answers are named too: a reader of the reference sees what comes back.
const writeAnswer = z
  .object({
    id: z.string(),
    timestamp: z.string(),
    status: z.object({ code: z.number().int(), type: z.string() }),
  })
  .meta({ id: "CompatWebhookWrite", description: "What the web-hook CRUD routes answer a write with" });

/** What a trigger URL and an app webhook's URL answer an accepted request (lib/api/inbound/answers.ts). */
const inboundAcceptedSchema = z
  .object({
    status: z.literal("accepted"),
    workflow_started: z.boolean().describe("At least one action (connector) was queued"),
  })
  .meta({ id: "InboundAccepted", description: "The request was authenticated and stored" });

const inbound = {
  tag: "Inbound webhooks",
  access: "trigger-key",
  rawBody: true,
  ownErrors: true,
  response: inboundAcceptedSchema,
  responseExample: { status: "accepted", workflow_started: true },
  answers: {
    400: 'Invalid request format: {"error":"Invalid request format"}',
    401: 'Invalid key or signature: {"error":"Invalid shared key"}',
    404: 'No enabled trigger here (also for path segments that cannot name one): {"error":"Webhook not found"}',
    405: 'A method the trigger does not allow: {"error":"Method not allowed"} with Allow; stored as a refused request',
    413: "Body over the trigger's size limit",
    429: "Over the trigger's rate limit (Retry-After)",
    500: '{"error":"Internal server error"}',
    503: 'The database cannot be reached (nothing was stored; send again after Retry-After): {"error":"Service unavailable"}',
  },
  headers: [
    { name: "X-Switchboard-Key", description: "The trigger's shared key (or ?key=)" },
    {
      name: "Idempotency-Key",
      description: "A repeated key (or webhook-id) returns the first answer and stores nothing",
    },
  ],
  description:
    "Authenticated over the raw bytes by the trigger's shared key (?key= or X-Switchboard-Key) or its signature preset (GitHub, Stripe, Slack, Standard Webhooks). Any content type and any bytes: the body is stored exactly as received (binary, invalid UTF-8, JSON with \\u0000 or lone surrogate escapes included) and read back through GET /api/v1/events/{id} (rawBodyBase64). Headers are stored as received except Authorization, Proxy-Authorization, Cookie and X-Switchboard-Key (redacted); signature headers are kept.",
} as const;

export const compatOperations: Operation[] = [
  op({
    ...inbound,
    method: "post",
    path: "/api/webhook/{workspace}/{trigger}",
    summary: "Receive a webhook for a trigger",
  }),
  op({
    ...inbound,
    method: "post",
    path: "/api/hooks/{triggerId}",
    summary: "Receive a webhook for a trigger (by id)",
  }),

  op({
    method: "post",
    path: "/api/execute",
    tag: "Compatibility",
    access: "admin",
    body: compatExecuteSchema,
    ownErrors: true,
    summary: "Execute a web-hook call now",
    response: z
      .object({
        status: z.number().int().nullable(),
        headers: z.record(z.string(), z.string()),
        body: z.unknown(),
        timestamp: z.string(),
        duration: z.number(),
        error: z.unknown(),
      })
      .meta({ id: "CompatExecuteResult", description: "The call made and what the receiver answered" }),
    // The document's own sample input: headers and params are objects of name → value.
    requestExample: {
      url: "https://api.example.com/notifications",
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Custom-Header": "custom-value" },
      params: { source: "crm" },
      body: { ticketId: "TICKET-12345", status: "Resolved" },
    },
  }),
  op({
    method: "get",
    path: "/api/webhooks",
    tag: "Compatibility",
    access: "viewer",
    response: compatWebhookListSchema,
    ownErrors: true,
    summary: "List web-hooks",
  }),
  op({
    method: "post",
    path: "/api/webhooks",
    tag: "Compatibility",
    access: "admin",
    body: compatWebhookSchema,
    response: writeAnswer,
    ownErrors: true,
    summary: "Create a web-hook",
  }),
  op({
    method: "get",
    path: "/api/webhooks/{id}",
    tag: "Compatibility",
    access: "viewer",
    response: compatWebhookViewSchema,
    ownErrors: true,
    summary: "Get a web-hook",
  }),
  op({
    method: "put",
    path: "/api/webhooks/{id}",
    tag: "Compatibility",
    access: "admin",
    body: compatWebhookUpdateSchema,
    response: writeAnswer,
    ownErrors: true,
    summary: "Update a web-hook",
  }),
  op({
    method: "delete",
    path: "/api/webhooks/{id}",
    tag: "Compatibility",
    access: "admin",
    response: writeAnswer,
    ownErrors: true,
    summary: "Delete a web-hook",
  }),
  op({
    method: "post",
    path: "/api/v2/webhooks",
    tag: "Compatibility",
    access: "admin-token",
    body: crmWebhookSchema,
    ownErrors: true,
    summary: "Create a CRM webhook",
    description: "25 calls per 5 s per token; answers in the CRM's shapes.",
    response: z
      .object({ Status: z.literal("Success"), Message: z.object({ Id: z.string() }) })
      .meta({ id: "CrmWebhookCreated", description: "The CRM's answer shape: the new webhook's id" }),
    answers: {
      429: "More than 25 calls in 5 s",
      503: 'The database cannot be reached, with Retry-After: {"Status":"Error","ExceptionType":"ServiceUnavailableException",…}',
    },
  }),
  // The app webhooks document's own paths, and the same routes under /api/ (next.config.ts rewrites the former).
  ...(["", "/api"] as const).flatMap((prefix) => appWebhookOperations(prefix)),
];

// Registering, reading and deleting answer through route(), so their errors are the native shape (400 with field
// paths, 401, 403…); only the trigger URL keeps the document's own error bodies.
function appWebhookOperations(prefix: "" | "/api"): Operation[] {
  const also = prefix
    ? "The same route as the documented path without /api."
    : "The documented path; also served under /api/.";
  return [
    op({
      method: "get",
      path: `${prefix}/app/webhooks`,
      tag: "Compatibility",
      access: "viewer",
      response: appWebhookRegistrationListSchema,
      summary: "List app webhooks",
      description: `${also} The uuid is the trigger URL's credential: viewers get it masked (••••••••).`,
    }),
    op({
      method: "post",
      path: `${prefix}/app/webhooks`,
      tag: "Compatibility",
      access: "admin",
      body: createAppWebhookSchema,
      summary: "Register an app webhook",
      description: `${also} environment_id is the workspace's number.`,
      responseStatus: 201,
      response: appWebhookRegistrationSchema,
      requestExample: { action: "exampleListener", props: { userId: 1 } },
      responseExample: {
        uuid: "c14990db-96a1-44c6-b13a-8ab12db96f61",
        action: "exampleListener",
        props: { userId: 1 },
        environment_id: 1,
        user_id: null,
      },
    }),
    op({
      method: "get",
      path: `${prefix}/app/webhooks/{uuid}`,
      tag: "Compatibility",
      access: "viewer",
      response: appWebhookRegistrationSchema,
      summary: "Get an app webhook",
      description: also,
    }),
    op({
      method: "delete",
      path: `${prefix}/app/webhooks/{uuid}`,
      tag: "Compatibility",
      access: "admin",
      responseStatus: 204,
      responseDescription: "Deleted; no body",
      summary: "Delete an app webhook",
      description: also,
    }),
    op({
      method: "post",
      path: `${prefix}/apps/{app_uuid}/webhooks/{webhook_uuid}`,
      tag: "Compatibility",
      access: "webhook-uuid",
      rawBody: true,
      ownErrors: true,
      response: inboundAcceptedSchema,
      summary: "Trigger an app webhook",
      description: `${also} The webhook uuid is the credential; the request body reaches the listener's connectors as \`event\`, and is stored byte for byte whatever it holds (see GET /api/v1/events/{id}). A listener action without a body template forwards the exact bytes with their Content-Type.`,
      answers: {
        400: 'A body declared JSON that does not parse: {"error":"Invalid request format"}; stored as a refused request',
        404: "Unknown app or webhook uuid",
        413: "Body over 1 MiB",
        429: "Over 100 calls a second for this webhook (Retry-After)",
        503: 'The database cannot be reached (nothing was stored; send again after Retry-After): {"error":"Service unavailable"}',
      },
    }),
    // The Events page promises every request: a wrong method to the trigger URL is stored too, then refused.
    ...(["get", "put", "patch", "delete"] as const).map((method) =>
      op({
        method,
        path: `${prefix}/apps/{app_uuid}/webhooks/{webhook_uuid}`,
        tag: "Compatibility",
        access: "webhook-uuid",
        ownErrors: true,
        summary: `${method.toUpperCase()} to an app webhook: refused`,
        description: `${also} Only POST triggers the webhook. Any other method is stored as a refused request and answered 405 {"error":"Method not allowed"} with Allow: POST (404 {"error":"Webhook not found"} for an unknown uuid).`,
        responseStatus: 405,
        responseDescription: 'Method not allowed: {"error":"Method not allowed"}, Allow: POST',
        answers: { 404: 'Unknown webhook: {"error":"Webhook not found"}' },
      }),
    ),
  ];
}
