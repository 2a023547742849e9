// POST /api/v2/webhooks — admin API token (Bearer): the CRM "Create a Webhook" shape; answers in the CRM's shapes (see lib/crm-webhooks/handle-create-request.ts).
import { handleCrmWebhookCreate } from "@/lib/crm-webhooks/handle-create-request";

export const POST = (request: Request) => handleCrmWebhookCreate(request);
