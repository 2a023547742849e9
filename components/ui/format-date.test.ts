// A relative time's hover text names the time zone: "3 min ago" alone cannot be matched against another system's log.
import { expect, it } from "vitest";
import { formatDateWithZone } from "./format-date";
import { formatRelative } from "./relative-time";

it("spells the exact moment with its time zone", () => {
  const zone = new Intl.DateTimeFormat(undefined, { timeZoneName: "short" })
    .formatToParts(new Date("2026-11-30T06:00:00Z"))
    .find((part) => part.type === "timeZoneName")!.value;
  expect(formatDateWithZone("2026-11-30T06:00:00Z")).toContain(zone);
});

it("says how long ago in words", () => {
  const now = Date.parse("2026-11-30T06:03:00Z");
  expect(formatRelative("2026-11-30T06:00:00Z", now)).toBe("3 minutes ago");
});
