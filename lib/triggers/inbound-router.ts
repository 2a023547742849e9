// Dispatches /api/webhook/{workspace}/{trigger} and /api/hooks/{triggerId} to the receive handler.
// The receive handler itself arrives with inbound triggers; until then these paths answer 404 in the
// documented shape.
import type { IncomingMessage, ServerResponse } from "node:http";

const INBOUND_PREFIXES = ["/api/webhook/", "/api/hooks/"];

export function isInboundPath(url: string | undefined): boolean {
  return !!url && INBOUND_PREFIXES.some((prefix) => url.startsWith(prefix));
}

export async function handleInbound(_req: IncomingMessage, res: ServerResponse): Promise<void> {
  res.writeHead(404, { "content-type": "application/json" });
  res.end(JSON.stringify({ error: "Webhook not found" }));
}
