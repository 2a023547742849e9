// Liveness with a real database round trip, so a load balancer stops sending traffic when PostgreSQL is gone.
import { db } from "../db";

export async function checkHealth(): Promise<{ ok: boolean; body: Record<string, string> }> {
  try {
    await db().$queryRaw`SELECT 1`;
    return { ok: true, body: { status: "ok", database: "ok" } };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0]! : "unreachable";
    return { ok: false, body: { status: "error", database: "unavailable", reason } };
  }
}
