// GET /api/v1/events — viewers and admins: list events. POST /api/v1/events — admins: publish an event to its
// subscribers (Idempotency-Key honoured for 24 h); answers 202 with the event id and the number of deliveries.
// The production server answers bearer-token publishes before reaching here (lib/api/publish/publish-fast-path.ts);
// this route serves the dashboard's cookie publishes and any server without that fast path (next dev alone).
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { json } from "@/lib/api/json";
import { answerPublish, publishOptions } from "@/lib/api/publish/publish-answer";
import { listEvents, listEventsSchema } from "@/lib/events/list-events";
import { whileSearching } from "@/lib/search/search-slots";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer", query: listEventsSchema }, ({ principal, query }) =>
  whileSearching(principal, query.q, () => listEvents(principal.workspaceId, query, principal.role)),
);

export const POST = route(publishOptions, async ({ principal, query, body, bodyText, request, ip }) => {
  const answer = await answerPublish({
    principal,
    query,
    body,
    bodyText,
    idempotencyKey: request.headers.get("idempotency-key"),
    ip,
  });
  return json(answer.body, { status: answer.status });
});

export const { OPTIONS, PUT, PATCH, DELETE } = otherMethods({ GET, POST });
