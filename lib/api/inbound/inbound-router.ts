// Which requests the production server hands straight to the receive path, before Next.js routing.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { REMOTE_ADDRESS_HEADER } from "../../auth/authenticate";
import { receiveInbound } from "./receive-trigger";

const INBOUND_PREFIXES = ["/api/webhook/", "/api/hooks/"];

export function isInboundPath(url: string | undefined): boolean {
  return !!url && INBOUND_PREFIXES.some((prefix) => url.startsWith(prefix));
}

/**
 * The production server's request listener: receives go straight to their Node handler (no router in between),
 * everything else to `fallback` (Next.js). The chaos test serves publishing through the same listener.
 */
export function serveInboundOr(fallback: (req: IncomingMessage, res: ServerResponse) => unknown): RequestListener {
  return (req, res) => {
    // Route handlers only see headers; hand them the socket's address under a name no client can set.
    req.headers[REMOTE_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
    if (isInboundPath(req.url)) {
      void receiveInbound(req, res);
      return;
    }
    void fallback(req, res);
  };
}
