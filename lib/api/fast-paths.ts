// What the production and dev servers (scripts/lib/server.ts) answer before Next.js routing, with Node's own request
// and response: inbound receives (lib/api/inbound/) and bearer-token publishes (lib/api/publish/). Everything
// else goes to Next.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { serveInboundOr } from "./inbound/inbound-router";
import { isBearerPublish, publishFastPath } from "./publish/publish-fast-path";

export function serveFastPathsOr(fallback: (req: IncomingMessage, res: ServerResponse) => unknown): RequestListener {
  return serveInboundOr((req, res) => (isBearerPublish(req) ? publishFastPath(req, res) : fallback(req, res)));
}
