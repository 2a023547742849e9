// What callers see, status by status, for a trigger with this authentication (the receive path's exact bodies).
import type { TriggerDto } from "./types";

export function responseBodies(trigger: Pick<TriggerDto, "authType" | "actions" | "maxBodyBytes" | "rateLimit">) {
  const rows: { status: string; when: string; body: string }[] = [
    {
      status: "200",
      when: trigger.actions.length > 0 ? "Stored; the actions start" : "Stored (no actions, so nothing starts)",
      body: `{"status":"accepted","workflow_started":${trigger.actions.length > 0}}`,
    },
    { status: "400", when: "Content-Type is JSON but the body is not", body: '{"error":"Invalid request format"}' },
    trigger.authType === "shared_key"
      ? { status: "401", when: "Missing or wrong key", body: '{"error":"Invalid shared key"}' }
      : { status: "401", when: "Missing, wrong or stale signature", body: '{"error":"Invalid signature"}' },
    { status: "404", when: "Unknown or disabled trigger", body: '{"error":"Webhook not found"}' },
    { status: "405", when: "A method that is not allowed", body: '{"error":"Method not allowed"}' },
    { status: "413", when: "Body over the size limit", body: '{"error":"Payload too large"}' },
  ];
  if (trigger.rateLimit)
    rows.push({ status: "429", when: "Over the rate limit (see Retry-After)", body: '{"error":"Too many requests"}' });
  rows.push({
    status: "500",
    when: "Switchboard failed; nothing was stored",
    body: '{"error":"Internal server error"}',
  });
  return rows;
}
