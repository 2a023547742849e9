// Liveness with a real database round trip, so a load balancer stops sending traffic when PostgreSQL is gone.
import { db } from "../db";

export async function checkHealth(): Promise<{ ok: boolean; body: Record<string, string> }> {
  try {
    await db().$queryRaw`SELECT 1`;
    return { ok: true, body: { status: "ok", database: "ok" } };
  } catch (error) {
    // Prisma's messages open with a blank line; the first line with text says what went wrong.
    const firstLine = error instanceof Error ? error.message.split("\n").map((line) => line.trim()).find(Boolean) : undefined;
    const reason = firstLine ?? "unreachable";
    return { ok: false, body: { status: "error", database: "unavailable", reason } };
  }
}
