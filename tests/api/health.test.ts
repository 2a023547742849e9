// GET /api/health answers 200 with a real database round trip, and 503 with the reason when the database is gone.
import { afterAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { disconnectDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";

const realUrl = process.env.DATABASE_URL!;

afterAll(async () => {
  await disconnectDb();
  process.env.DATABASE_URL = realUrl;
  resetEnvCache();
});

describe("GET /api/health", () => {
  it("reports the database as ok", async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("answers 503 with the reason when the database cannot be reached", async () => {
    await disconnectDb();
    const unreachable = new URL(realUrl);
    unreachable.port = "1";
    process.env.DATABASE_URL = unreachable.toString();
    resetEnvCache();
    const response = await health();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ status: "error", database: "unavailable" });
    expect(body.reason).toBeTruthy();
  });
});
