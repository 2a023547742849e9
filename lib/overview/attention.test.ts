import { describe, expect, it } from "vitest";
import { connectorAttention, type ConnectorAttentionInput } from "./attention";

const healthy: ConnectorAttentionInput = {
  enabled: true,
  disabledReason: null,
  failingSince: null,
  dead: 0,
  successRate: 1,
};

describe("connectorAttention", () => {
  it.each<[string, Partial<ConnectorAttentionInput>, string | null]>([
    ["healthy", {}, null],
    ["idle (nothing judged)", { successRate: null }, null],
    ["exactly at the threshold", { successRate: 0.9 }, null],
    ["disabled by hand", { enabled: false }, "Disabled by hand"],
    [
      "auto-disabled",
      { enabled: false, disabledReason: "the receiver answered 410" },
      "Auto-disabled: the receiver answered 410",
    ],
    ["failing now", { failingSince: new Date("2026-01-02T03:04:05Z") }, "Failing since 2026-01-02T03:04:05.000Z"],
    ["one dead", { dead: 1, successRate: 0.95 }, "1 dead delivery in the range"],
    ["six dead at 50 %", { dead: 6, successRate: 0.5 }, "6 dead deliveries in the range"],
    ["low success rate", { successRate: 0.5 }, "Success rate 50 %, under 90 %"],
  ])("%s", (_name, change, expected) => {
    expect(connectorAttention({ ...healthy, ...change })).toBe(expected);
  });
});
