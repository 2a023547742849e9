// POST /api/hooks/{triggerId} — public (authenticated by the trigger's key or signature). The production server
// answers this path before Next.js; this route serves it under `next dev`.
import type { NextApiRequest, NextApiResponse } from "next";
import { receiveInbound } from "@/lib/api/inbound/receive-trigger";

export const config = { api: { bodyParser: false } };

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  return receiveInbound(req, res);
}
