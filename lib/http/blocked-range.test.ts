// "Check an address" names the blocked range an address falls in (moved here from lib/network/schema.test.ts with the
// names, which now sit beside the ranges in ssrf.ts).
import { describe, expect, it } from "vitest";
import { parseIp } from "./ip-address";
import { blockedRange } from "./ssrf";

describe("blockedRange", () => {
  it.each([
    ["10.0.0.5", "10.0.0.0/8", "a private address"],
    ["127.0.0.1", "127.0.0.0/8", "a loopback address"],
    ["169.254.169.254", "169.254.0.0/16", "a link-local address (cloud metadata lives here)"],
    ["::1", "::1/128", "a loopback address"],
    ["fd12::1", "fc00::/7", "a private (unique local) address"],
  ])("names the range of %s", (address, range, name) =>
    expect(blockedRange(parseIp(address)!)).toEqual({ range, name }),
  );

  it("has no range for a public address", () => expect(blockedRange(parseIp("93.184.216.34")!)).toBeNull());
});
