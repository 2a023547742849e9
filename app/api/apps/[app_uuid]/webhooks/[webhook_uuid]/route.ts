// POST /api/apps/{app_uuid}/webhooks/{webhook_uuid} — anyone holding the webhook uuid (it is the credential): runs
// the listener named by the webhook's action with the body as {{event}}. Other methods: 405, stored as refused.
import { receiveAppWebhook } from "@/lib/api/inbound/receive-app-webhook";

export const dynamic = "force-dynamic";

export async function POST(
  request: Request,
  { params }: { params: Promise<{ app_uuid: string; webhook_uuid: string }> },
) {
  const { app_uuid, webhook_uuid } = await params;
  return receiveAppWebhook(request, app_uuid, webhook_uuid);
}

export const GET = POST;
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
