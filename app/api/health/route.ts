// GET /api/health — public: database reachability for monitors and load balancers.
import { checkHealth } from "@/lib/health/check-health";
import { json } from "@/lib/api/json";
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from "@/lib/db/unavailable";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

export async function GET() {
  const { ok, body } = await checkHealth();
  return ok
    ? json(body)
    : json(body, { status: 503, headers: { "retry-after": String(UNAVAILABLE_RETRY_AFTER_SECONDS) } });
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET });
