// One of each thing a page walk needs, seeded through the API as the signed-in admin: an event type, a connector to a
// local receiver subscribed to it, a trigger whose action calls that connector, and one published event with its
// delivery. The accessibility walk, the security-headers walk and the screenshots' seed each used to write these
// ten calls out; their names differ (each run's stamp keeps them apart), the shape does not.
import type { Page } from "@playwright/test";
import type { HttpTarget } from "../../support/http-target";
import { apiCall } from "./session";

export interface SeedOneOfEachOptions {
  /** Unique per run: it goes into every name, slug and the event type's key, so reruns never collide. */
  stamp: string;
  /** The connector sends here; the seed waits for its requests. */
  receiver: HttpTarget;
  /** Names the connector and trigger (`<label> <stamp>`), the slug and the event type key (`<label>.walk.<stamp>`). */
  label: string;
  /** Overrides for the event type's body (a key and a sample payload that read well in screenshots). */
  eventType?: { key?: string; description?: string; samplePayload?: unknown };
  /** Overrides for the connector's body; `path` is appended to the receiver's URL. */
  connector?: { name?: string; description?: string; path?: string };
  /** Applied before the event is published, e.g. a short retry schedule for a receiver that fails once. */
  eventSettings?: Record<string, unknown>;
  trigger?: { name?: string; slug?: string };
  payload?: unknown;
  /** Requests the receiver must have received (counting from this call) before the ids are handed back. */
  requests?: number;
}

export interface SeededOneOfEach {
  eventType: { id: string; key: string };
  connector: { id: string; name: string };
  trigger: { id: string; name: string; slug: string; secret: string };
  event: string;
  delivery: string;
}

export async function seedOneOfEach(page: Page, options: SeedOneOfEachOptions): Promise<SeededOneOfEach> {
  const { stamp, receiver, label } = options;
  const alreadyReceived = receiver.received.length;
  const key = options.eventType?.key ?? `${label}.walk.${stamp}`;
  const eventType = await apiCall<{ id: string }>(page, "POST", "/api/v1/event-types", {
    description: `${label} walk`,
    ...options.eventType,
    key,
  });
  const connector = await apiCall<{ id: string; name: string }>(page, "POST", "/api/v1/connectors", {
    name: options.connector?.name ?? `${label} ${stamp}`,
    ...(options.connector?.description ? { description: options.connector.description } : {}),
    url: `${receiver.url}${options.connector?.path ?? "/hook"}`,
    method: "POST",
  });
  if (options.eventSettings) {
    await apiCall(page, "PATCH", `/api/v1/connectors/${connector.id}/event-settings`, options.eventSettings);
  }
  await apiCall(page, "PUT", `/api/v1/connectors/${connector.id}/subscriptions`, {
    subscriptions: [{ eventTypeId: eventType.id }],
  });
  const trigger = await apiCall<{ id: string; name: string; slug: string; secret: string }>(
    page,
    "POST",
    "/api/v1/triggers",
    {
      name: options.trigger?.name ?? `${label} ${stamp}`,
      slug: options.trigger?.slug ?? `${label}-${stamp}`,
      actions: [{ connectorId: connector.id }],
    },
  );
  const event = await apiCall<{ id: string }>(page, "POST", "/api/v1/events", {
    type: key,
    payload: options.payload ?? { walk: true },
  });
  await receiver.waitForRequests(alreadyReceived + (options.requests ?? 1), 20_000);
  const deliveries = await apiCall<{ data: { id: string }[] }>(page, "GET", `/api/v1/deliveries?eventId=${event.id}`);
  return {
    eventType: { id: eventType.id, key },
    connector: { id: connector.id, name: connector.name },
    trigger: { id: trigger.id, name: trigger.name, slug: trigger.slug, secret: trigger.secret },
    event: event.id,
    delivery: deliveries.data[0]!.id,
  };
}
