// Searches one caller runs at once are capped: a viewer cannot tie up the database's connections with many
// expensive searches at the same time. The slots are held here by searches that do not finish until told to, so the
// test does not depend on how slow a search is on this machine.
import { afterAll, describe, expect, it } from "vitest";
import { GET as listEvents } from "@/app/api/v1/events/route";
import { GET as listDeliveries } from "@/app/api/v1/deliveries/route";
import { GET as countDeliveries } from "@/app/api/v1/deliveries/counts/route";
import { disconnectDb } from "@/lib/db";
import { closePool } from "@/lib/db/pool";
import { SEARCHES_PER_CALLER, whileSearching } from "@/lib/search/search-slots";
import type { Principal } from "@/lib/core/principal";
import { apiRequest, userWithSession } from "../support/auth-fixtures";

afterAll(async () => {
  await disconnectDb();
  await closePool();
});

describe("searches per caller", () => {
  it(`answers the ${SEARCHES_PER_CALLER + 1}th search still running at once with 429, and lets searches in again once one ends`, async () => {
    const { user, cookie } = await userWithSession("viewer");
    const other = await userWithSession("viewer");
    const caller = { kind: "user", id: user.id } as Principal;
    const finishers: (() => void)[] = [];
    const running = Array.from({ length: SEARCHES_PER_CALLER }, () =>
      whileSearching(caller, "slow", () => new Promise<void>((resolve) => finishers.push(resolve))),
    );

    for (const [name, handler, path] of [
      ["events", listEvents, "/api/v1/events?q=order"],
      ["deliveries", listDeliveries, "/api/v1/deliveries?q=order"],
      ["counts", countDeliveries, "/api/v1/deliveries/counts?q=order"],
    ] as const) {
      const refused = await handler(apiRequest(path, { headers: { cookie } }));
      expect(refused.status, name).toBe(429);
      expect(refused.headers.get("retry-after"), name).toBe("2");
      expect(await refused.json(), name).toMatchObject({ error: { code: "rate_limited" } });
    }
    // The plain list is no search, and another caller has slots of its own.
    expect((await listEvents(apiRequest("/api/v1/events", { headers: { cookie } }))).status).toBe(200);
    expect((await listEvents(apiRequest("/api/v1/events?q=order", { headers: { cookie: other.cookie } }))).status).toBe(
      200,
    );

    finishers[0]!();
    await running[0];
    expect((await listEvents(apiRequest("/api/v1/events?q=order", { headers: { cookie } }))).status).toBe(200);
    for (const finish of finishers) finish();
    await Promise.all(running);
  });
});
