// The native API, /api/v1/*, with the Zod schemas its routes validate with.
import { createAppListenerSchema, createAppWebhookSchema, updateAppListenerSchema } from "../app-webhooks/schema";
import { createTokenSchema, createUserSchema, loginSchema, setupSchema, updateUserSchema } from "../auth/schema";
import { eventSettingsSchema } from "../connectors/event-settings";
import {
  createConnectorSchema,
  executeConnectorBodySchema,
  historyQuerySchema,
  listConnectorsQuerySchema,
  revealSecretBodySchema,
  testUnsavedConnectorBodySchema,
  updateConnectorSchema,
} from "../connectors/schema";
import { previewConnectorBodySchema } from "../delivery/preview-delivery";
import { deliveryFilterSchema, listDeliveriesSchema } from "../delivery/list-deliveries";
import { recoverSchema } from "../delivery/recover-schema";
import { eventTypeSchema, listEventTypesQuerySchema, updateEventTypeSchema } from "../event-types/schema";
import { listEventsSchema } from "../events/list-events";
import { publishEventSchema } from "../events/schema";
import { listNotificationsQuerySchema, markReadSchema } from "../notifications/schema";
import { overviewQuerySchema, overviewSchema } from "../overview/schema";
import { listSubscriptionsQuerySchema, setSubscriptionsSchema } from "../subscriptions/schema";
import { testTriggerSchema } from "../triggers/test-trigger";
import { createTriggerSchema, rotateTriggerSecretSchema, updateTriggerSchema } from "../triggers/schema";
import { op, type Operation } from "./operation";
import { extraNativeOperations } from "./settings-operations";

const connectorExample = {
  name: "CRM leads",
  url: "https://crm.example.com/hooks/leads",
  method: "POST",
  bodyType: "json",
  bodyTemplate: '{"email": "{{requestBody.customer.email}}"}',
  auth: { type: "bearer", token: "s3cr3t" },
  headers: [{ name: "X-Source", value: "switchboard" }],
};

export const nativeOperations: Operation[] = [
  op({ method: "post", path: "/api/auth/setup", tag: "Auth", access: "public", body: setupSchema, summary: "Create the first admin and sign in", description: "Only while no user exists (403 afterwards), only from Switchboard's own origin (403 `Cross-site request refused`), and with `setupCode` — printed by `npm start` — unless the server listens on loopback and is addressed as localhost.", responseStatus: 201 }),
  op({ method: "post", path: "/api/auth/login", tag: "Auth", access: "public", body: loginSchema, summary: "Sign in with email and password", description: "Sets the session cookie. 401 on wrong credentials, 429 after 5 failures a minute from one address.", answers: { 429: "Too many failed attempts" }, requestExample: { email: "admin@example.com", password: "correct horse battery staple" } }),
  op({ method: "post", path: "/api/auth/logout", tag: "Auth", access: "public", summary: "Sign out", description: "Ends the session and clears its cookie." }),
  op({ method: "get", path: "/api/v1/me", tag: "Auth", access: "viewer", summary: "Who is calling, with which role" }),

  op({ method: "get", path: "/api/v1/overview", tag: "Overview", access: "viewer", query: overviewQuerySchema, response: overviewSchema, summary: "Tiles, charts and tables of the overview page" }),

  op({ method: "get", path: "/api/v1/connectors", tag: "Connectors", access: "viewer", query: listConnectorsQuerySchema, summary: "List connectors" }),
  op({ method: "post", path: "/api/v1/connectors", tag: "Connectors", access: "admin", body: createConnectorSchema, responseStatus: 201, summary: "Create a connector", requestExample: connectorExample }),
  op({ method: "post", path: "/api/v1/connectors/test", tag: "Connectors", access: "admin", body: testUnsavedConnectorBodySchema, summary: "Test an unsaved connector", description: "The form's Test button: nothing is saved." }),
  op({ method: "get", path: "/api/v1/connectors/{id}", tag: "Connectors", access: "viewer", summary: "Get a connector", description: "Secrets are masked." }),
  op({ method: "patch", path: "/api/v1/connectors/{id}", tag: "Connectors", access: "admin", body: updateConnectorSchema, summary: "Update a connector", description: "Partial update; masked secret values keep the stored secret. The answer's `warnings` list the variables its templates miss in subscribed event types' sample payloads and in its triggers' last requests (saved anyway)." }),
  op({ method: "delete", path: "/api/v1/connectors/{id}", tag: "Connectors", access: "admin", summary: "Delete a connector" }),
  op({ method: "post", path: "/api/v1/connectors/{id}/test", tag: "Connectors", access: "admin", body: executeConnectorBodySchema, summary: "Send a test request", description: "Stored as a test delivery. `payload` is the sample body ({{payload.*}}), as in every other call (see Variables in the README); `variables` (the earlier form) are also names of their own.", requestExample: { payload: { orderId: "A-17" } } }),
  op({ method: "post", path: "/api/v1/connectors/{id}/preview", tag: "Connectors", access: "admin", body: previewConnectorBodySchema, summary: "Preview the exact request without sending", description: "Renders a stored event ({eventId}) or a sample ({payload, eventType}) through the connector: method, URL, headers (secrets redacted) and body, or `ok: false` with the missing variables. Nothing is sent. `variables` lists the paths a template may name.", requestExample: { payload: { orderId: "A-17" }, eventType: "order.created" } }),
  op({ method: "post", path: "/api/v1/connectors/{id}/execute", tag: "Connectors", access: "admin", body: executeConnectorBodySchema, summary: "Execute the connector now", description: "Stored as a manual delivery.", requestExample: { variables: { requestBody: { customer: { email: "ada@example.com" } } } } }),
  op({ method: "get", path: "/api/v1/connectors/{id}/history", tag: "Connectors", access: "viewer", query: historyQuerySchema, summary: "Deliveries with attempts, newest first" }),
  op({ method: "post", path: "/api/v1/connectors/{id}/reveal-secret", tag: "Connectors", access: "admin", body: revealSecretBodySchema, summary: "Reveal one stored secret", description: "Audited." }),
  op({ method: "post", path: "/api/v1/connectors/{id}/reveal-signing-secret", tag: "Connectors", access: "admin", summary: "Reveal the signing secret(s)", description: "Audited." }),
  op({ method: "post", path: "/api/v1/connectors/{id}/rotate-secret", tag: "Connectors", access: "admin", summary: "Rotate the signing secret", description: "The new secret is shown once; the old one signs for 24 h more." }),
  op({ method: "get", path: "/api/v1/connectors/{id}/event-settings", tag: "Connectors", access: "viewer", summary: "Notification, rate limit and retry settings" }),
  op({ method: "patch", path: "/api/v1/connectors/{id}/event-settings", tag: "Connectors", access: "admin", body: eventSettingsSchema, summary: "Update notification, rate limit and retry settings" }),
  op({ method: "get", path: "/api/v1/connectors/{id}/subscriptions", tag: "Connectors", access: "viewer", summary: "Event types the connector receives" }),
  op({ method: "put", path: "/api/v1/connectors/{id}/subscriptions", tag: "Connectors", access: "admin", body: setSubscriptionsSchema, summary: "Replace the connector's subscriptions", description: "The answer's `warnings` list the variables the connector's templates miss in the subscribed event types' sample payloads (saved anyway)." }),

  op({ method: "get", path: "/api/v1/subscriptions", tag: "Subscriptions", access: "viewer", query: listSubscriptionsQuerySchema, summary: "List subscriptions" }),

  op({ method: "get", path: "/api/v1/event-types", tag: "Event types", access: "viewer", query: listEventTypesQuerySchema, summary: "List event types" }),
  op({ method: "post", path: "/api/v1/event-types", tag: "Event types", access: "admin", body: eventTypeSchema, responseStatus: 201, summary: "Create an event type", requestExample: { key: "lead.created", description: "A lead was created" } }),
  op({ method: "get", path: "/api/v1/event-types/{id}", tag: "Event types", access: "viewer", summary: "Get an event type" }),
  op({ method: "patch", path: "/api/v1/event-types/{id}", tag: "Event types", access: "admin", body: updateEventTypeSchema, summary: "Update or (un)archive an event type" }),
  op({ method: "delete", path: "/api/v1/event-types/{id}", tag: "Event types", access: "admin", summary: "Archive an event type" }),
  op({ method: "post", path: "/api/v1/event-types/import-catalogue", tag: "Event types", access: "admin", summary: "Import the CRM event catalogue", description: "Repeating it adds nothing." }),

  op({ method: "get", path: "/api/v1/events", tag: "Events", access: "viewer", query: listEventsSchema, summary: "List events" }),
  op({ method: "post", path: "/api/v1/events", tag: "Events", access: "admin", body: publishEventSchema, responseStatus: 202, summary: "Publish an event to its subscribers", description: "Answers `{id, type, deliveries, queued, unrenderable}`: each subscriber whose templates cannot render the payload is listed in `unrenderable` with the missing variables; its delivery is stored as `template_error` (nothing sent) and can be retried after the connector is fixed. The payload is content: its exact JSON text as written in this request (key order, number formatting such as 150.00, escapes such as \\u0000 and lone surrogates) is stored and delivered byte for byte to subscribers without a body template.", headers: [{ name: "Idempotency-Key", description: "A repeated key with the same type and payload returns the first answer and stores nothing new (24 h)" }], answers: { 409: "idempotency_key_reused: the key was used within 24 h for another type or payload" }, requestExample: { type: "lead.created", payload: { email: "ada@example.com" } } }),
  op({ method: "get", path: "/api/v1/events/{id}", tag: "Events", access: "viewer", summary: "Get an event with its deliveries", description: "The body round-trips every byte: `rawBodyBase64` is the exact body received (or the payload text published), base64; `rawBody` is the same as text when those bytes are UTF-8 without NUL, otherwise null; `body` is the parsed form (JSON, form fields as an object, anything else as text), null with `bodyRawOnly: true` when PostgreSQL's jsonb cannot hold it (a NUL or a lone surrogate in a string or key). A refused request's unauthenticated body is not kept (both null)." }),
  op({ method: "post", path: "/api/v1/events/{id}/replay", tag: "Events", access: "admin", summary: "Run the event's deliveries again" }),
  op({ method: "get", path: "/api/v1/stream", tag: "Events", access: "viewer", summary: "Server-Sent Events of new events and deliveries", responseDescription: "text/event-stream" }),

  op({ method: "get", path: "/api/v1/deliveries", tag: "Deliveries", access: "viewer", query: listDeliveriesSchema, summary: "List deliveries, newest first" }),
  op({ method: "get", path: "/api/v1/deliveries/counts", tag: "Deliveries", access: "viewer", query: deliveryFilterSchema, summary: "Deliveries per status for the list's filters" }),
  op({ method: "get", path: "/api/v1/deliveries/{id}", tag: "Deliveries", access: "viewer", summary: "Get a delivery with every attempt" }),
  op({ method: "post", path: "/api/v1/deliveries/{id}/retry", tag: "Deliveries", access: "admin", summary: "Send a delivery again now" }),
  op({ method: "post", path: "/api/v1/deliveries/{id}/cancel", tag: "Deliveries", access: "admin", summary: "Stop a pending or failed delivery" }),
  op({ method: "post", path: "/api/v1/deliveries/recover", tag: "Deliveries", access: "admin", body: recoverSchema, summary: "Requeue a connector's failed and dead deliveries since a time" }),

  op({ method: "get", path: "/api/v1/triggers", tag: "Triggers", access: "viewer", summary: "List triggers" }),
  op({ method: "post", path: "/api/v1/triggers", tag: "Triggers", access: "admin", body: createTriggerSchema, responseStatus: 201, summary: "Create a trigger", description: "The answer carries its key or secret once." }),
  op({ method: "get", path: "/api/v1/triggers/{id}", tag: "Triggers", access: "viewer", summary: "Get a trigger" }),
  op({ method: "patch", path: "/api/v1/triggers/{id}", tag: "Triggers", access: "admin", body: updateTriggerSchema, summary: "Update a trigger" }),
  op({ method: "delete", path: "/api/v1/triggers/{id}", tag: "Triggers", access: "admin", summary: "Delete a trigger" }),
  op({ method: "post", path: "/api/v1/triggers/{id}/rotate-key", tag: "Triggers", access: "admin", body: rotateTriggerSecretSchema, summary: "Rotate the trigger's key or secret" }),
  op({ method: "post", path: "/api/v1/triggers/{id}/reveal-key", tag: "Triggers", access: "admin", summary: "Reveal the trigger's key or secret", description: "Audited." }),
  op({ method: "post", path: "/api/v1/triggers/{id}/test", tag: "Triggers", access: "admin", body: testTriggerSchema, summary: "Send a sample request through the receive endpoint" }),

  op({
    method: "get",
    path: "/api/v1/app-webhooks",
    tag: "App webhooks",
    access: "viewer",
    summary: "List app webhooks",
    description: "The uuid is the trigger URL's credential: viewers get it, and the trigger URL, masked (••••••••).",
  }),
  op({ method: "post", path: "/api/v1/app-webhooks", tag: "App webhooks", access: "admin", body: createAppWebhookSchema, responseStatus: 201, summary: "Register an app webhook" }),
  op({ method: "delete", path: "/api/v1/app-webhooks/{id}", tag: "App webhooks", access: "admin", summary: "Delete an app webhook" }),
  op({ method: "get", path: "/api/v1/app-listeners", tag: "App webhooks", access: "viewer", summary: "List listeners with their connectors" }),
  op({ method: "post", path: "/api/v1/app-listeners", tag: "App webhooks", access: "admin", body: createAppListenerSchema, responseStatus: 201, summary: "Create a listener" }),
  op({ method: "get", path: "/api/v1/app-listeners/{id}", tag: "App webhooks", access: "viewer", summary: "Get a listener" }),
  op({ method: "patch", path: "/api/v1/app-listeners/{id}", tag: "App webhooks", access: "admin", body: updateAppListenerSchema, summary: "Update a listener" }),
  op({ method: "delete", path: "/api/v1/app-listeners/{id}", tag: "App webhooks", access: "admin", summary: "Delete a listener" }),

  op({ method: "get", path: "/api/v1/notifications", tag: "Notifications", access: "viewer", query: listNotificationsQuerySchema, summary: "List notifications, unread first" }),
  op({ method: "get", path: "/api/v1/notifications/unread-count", tag: "Notifications", access: "viewer", summary: "Unread notifications count" }),
  op({ method: "post", path: "/api/v1/notifications/read", tag: "Notifications", access: "viewer", body: markReadSchema, summary: "Mark notifications read" }),

  op({ method: "get", path: "/api/v1/tokens", tag: "Access", access: "viewer", summary: "List API tokens" }),
  op({ method: "post", path: "/api/v1/tokens", tag: "Access", access: "admin", body: createTokenSchema, responseStatus: 201, summary: "Create an API token", description: "The token is in this answer once, never again.", requestExample: { name: "CI deploys", role: "viewer" } }),
  op({ method: "delete", path: "/api/v1/tokens/{id}", tag: "Access", access: "admin", summary: "Revoke an API token" }),
  op({ method: "get", path: "/api/v1/users", tag: "Access", access: "viewer", summary: "List users" }),
  op({ method: "post", path: "/api/v1/users", tag: "Access", access: "admin", body: createUserSchema, responseStatus: 201, summary: "Add an admin or a viewer" }),
  op({ method: "patch", path: "/api/v1/users/{id}", tag: "Access", access: "admin", body: updateUserSchema, summary: "Change a user's role" }),
  op({ method: "delete", path: "/api/v1/users/{id}", tag: "Access", access: "admin", summary: "Remove a user", description: "The last admin stays (409)." }),

  op({ method: "get", path: "/api/v1/openapi.json", tag: "Meta", access: "public", summary: "This document" }),
  op({ method: "get", path: "/api/health", tag: "Meta", access: "public", summary: "Database reachability for monitors", ownErrors: true, answers: { 503: "The database is unreachable" } }),
  ...extraNativeOperations,
];
