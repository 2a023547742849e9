// Any method, any other path under /api/v2 — anyone: 404 in the CRM's error shape (lib/crm-webhooks).
import { crmUnknownPath } from "@/lib/compat/crm-webhook-create/handle-create-request";

export const dynamic = "force-dynamic";

export const GET = crmUnknownPath;
export const POST = crmUnknownPath;
export const PUT = crmUnknownPath;
export const PATCH = crmUnknownPath;
export const DELETE = crmUnknownPath;
export const HEAD = crmUnknownPath;
export const OPTIONS = crmUnknownPath;
