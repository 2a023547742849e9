// GET /api/v1/stream — viewers and admins: Server-Sent Events of new events in the workspace, from any process.
import { stillAuthenticated } from "@/lib/auth/authenticate";
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { eventStreamBody } from "@/lib/events/stream-hub";

export const dynamic = "force-dynamic";

export const GET = route(
  { access: "viewer" },
  async ({ principal, request }) =>
    new Response(
      eventStreamBody(principal.workspaceId, request.signal, {
        stillAllowed: async () => (await stillAuthenticated(request.headers))?.workspaceId === principal.workspaceId,
        caller: `${principal.kind}:${principal.id}`,
      }),
      {
        headers: {
          "content-type": "text/event-stream; charset=utf-8",
          "cache-control": "no-cache, no-transform",
          connection: "keep-alive",
          "x-accel-buffering": "no",
        },
      },
    ),
);

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET });
