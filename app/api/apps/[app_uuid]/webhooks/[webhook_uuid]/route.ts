// POST /api/apps/{app_uuid}/webhooks/{webhook_uuid} — anyone holding the webhook uuid (it is the credential): runs
// the listener named by the webhook's action with the body as {{event}}.
import { receiveAppWebhook } from "@/lib/app-webhooks/receive-app-webhook";
import { otherMethods, plainErrorShape } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ app_uuid: string; webhook_uuid: string }> }) {
  const { app_uuid, webhook_uuid } = await params;
  return receiveAppWebhook(request, app_uuid, webhook_uuid);
}

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST }, plainErrorShape);
