// POST /api/v2/webhooks — admin API token (Bearer): the CRM "Create a Webhook" shape; answers in the CRM's shapes (see lib/compat/crm-webhook-create/handle-create-request.ts).
import { crmErrorResponse, handleCrmWebhookCreate } from "@/lib/compat/crm-webhook-create/handle-create-request";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const POST = (request: Request) => handleCrmWebhookCreate(request);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST }, crmErrorResponse);
