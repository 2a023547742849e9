// Which requests the production server hands straight to the receive path, before Next.js routing.
import type { IncomingMessage, ServerResponse } from "node:http";
import { receiveInbound } from "./receive";

const INBOUND_PREFIXES = ["/api/webhook/", "/api/hooks/"];

export function isInboundPath(url: string | undefined): boolean {
  return !!url && INBOUND_PREFIXES.some((prefix) => url.startsWith(prefix));
}

export function handleInbound(req: IncomingMessage, res: ServerResponse): Promise<void> {
  return receiveInbound(req, res);
}
