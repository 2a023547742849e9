// GET /api/health — public: database reachability for monitors and load balancers.
import { checkHealth } from "@/lib/health/check-health";
import { json } from "@/lib/api/json";

export const dynamic = "force-dynamic";

export async function GET() {
  const { ok, body } = await checkHealth();
  return json(body, { status: ok ? 200 : 503 });
}
