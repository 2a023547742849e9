import { describe, expect, it } from "vitest";
import { sharedByKey } from "./shared-by-key";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("sharedByKey", () => {
  it("shares one call per key while under way and for the ttl after, then asks again", async () => {
    const calls: string[] = [];
    const check = sharedByKey(async (key: string) => {
      calls.push(key);
      await tick(20);
      return `${key}!`;
    }, 100);
    const answers = await Promise.all([check("a"), check("a"), check("b"), check("a")]);
    expect(answers).toEqual(["a!", "a!", "b!", "a!"]);
    expect(calls).toEqual(["a", "b"]);
    await check("a");
    expect(calls).toEqual(["a", "b"]);
    await tick(150);
    await check("a");
    expect(calls).toEqual(["a", "b", "a"]);
  });

  it("keeps no failure: the next caller asks again", async () => {
    let calls = 0;
    const check = sharedByKey(async () => {
      calls++;
      if (calls === 1) throw new Error("database unavailable");
      return true;
    }, 1_000);
    await expect(check("a")).rejects.toThrow("database unavailable");
    await expect(check("a")).resolves.toBe(true);
    expect(calls).toBe(2);
  });
});
