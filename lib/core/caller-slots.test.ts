import { describe, expect, it } from "vitest";
import { callerSlots } from "./caller-slots";
import { AppError } from "./errors";

const refusal = () => new AppError("rate_limited", "busy");

describe("callerSlots", () => {
  it("lets a caller hold up to the limit, refuses past it, and counts each release once", () => {
    const slots = callerSlots(2, refusal);
    const first = slots.hold("a");
    slots.hold("a");
    expect(() => slots.hold("a")).toThrow("busy");
    // Another caller has slots of its own.
    expect(() => slots.hold("b")).not.toThrow();
    first();
    first();
    slots.hold("a");
    expect(() => slots.hold("a")).toThrow("busy");
  });

  it("releases a run's slot whether its work succeeds or fails", async () => {
    const slots = callerSlots(1, refusal);
    await expect(slots.run("a", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(slots.run("a", async () => 42)).resolves.toBe(42);
    let finish = () => {};
    const running = slots.run("a", () => new Promise<void>((resolve) => (finish = resolve)));
    await expect(slots.run("a", async () => 1)).rejects.toThrow("busy");
    finish();
    await running;
    await expect(slots.run("a", async () => 2)).resolves.toBe(2);
  });
});
