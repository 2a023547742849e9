// The variables a trigger's actions render from: headers and body under the trigger's configured names, plus the
// query, the trigger and the event. Built the same way on receipt and on replay.
export interface TriggerNaming {
  id: string;
  name: string;
  slug: string;
  headerVariable: string;
  bodyVariable: string;
}

export interface ReceivedRequestParts {
  eventId: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
  query: Record<string, string | string[]>;
}

export function triggerVariables(trigger: TriggerNaming, request: ReceivedRequestParts) {
  return {
    [trigger.headerVariable]: request.headers,
    [trigger.bodyVariable]: request.body,
    query: request.query,
    trigger: { id: trigger.id, name: trigger.name, slug: trigger.slug },
    event: { id: request.eventId, method: request.method },
  };
}
