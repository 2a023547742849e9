import { describe, expect, it } from "vitest";
import { formatDelay } from "./format-delay";

describe("formatDelay", () => {
  it.each([
    [0, "0 s"],
    [5, "5 s"],
    [300, "5 min"],
    [1800, "30 min"],
    [7200, "2 h"],
    [36_000, "10 h"],
    [5400, "1 h 30 min"],
    [93_600, "1 d 2 h"],
  ])("%i s reads %s", (seconds, expected) => {
    expect(formatDelay(seconds)).toBe(expected);
  });
});
