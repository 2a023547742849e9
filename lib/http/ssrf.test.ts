import { describe, expect, it } from "vitest";
import { cidrContains, formatIp, parseCidr, parseIp } from "./ip-address";
import { checkAddress, isBlockedIp, parseAllowlist } from "./ssrf";

const none = parseAllowlist([]);

function blocked(address: string): boolean {
  const ip = parseIp(address);
  if (!ip) throw new Error(`test address ${address} did not parse`);
  return isBlockedIp(ip);
}

describe("blocked ranges (REFERENCE.md), first, last and just outside each", () => {
  it.each([
    ["0.0.0.0", "0.255.255.255", "1.0.0.0"],
    ["10.0.0.0", "10.255.255.255", "11.0.0.0"],
    ["100.64.0.0", "100.127.255.255", "100.128.0.0"],
    ["127.0.0.0", "127.255.255.255", "128.0.0.0"],
    ["169.254.0.0", "169.254.255.255", "169.255.0.0"],
    ["172.16.0.0", "172.31.255.255", "172.32.0.0"],
    ["192.0.0.0", "192.0.0.255", "192.0.1.0"],
    ["192.0.2.0", "192.0.2.255", "192.0.3.0"],
    ["192.88.99.0", "192.88.99.255", "192.88.100.0"],
    ["192.168.0.0", "192.168.255.255", "192.169.0.0"],
    ["198.18.0.0", "198.19.255.255", "198.20.0.0"],
    ["198.51.100.0", "198.51.100.255", "198.51.101.0"],
    ["203.0.113.0", "203.0.113.255", "203.0.114.0"],
    ["224.0.0.0", "239.255.255.255", "223.255.255.255"],
    ["240.0.0.0", "255.255.255.254", "223.255.255.254"],
    ["255.255.255.255", "255.255.255.255", "9.255.255.255"],
    ["::", "::", "::2"],
    ["::1", "::1", "::2"],
    ["64:ff9b::", "64:ff9b::ffff:ffff", "64:ff9b::1:0:0"],
    ["100::", "100::ffff:ffff:ffff:ffff", "100:0:0:1::"],
    ["2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", "2001:db9::"],
    ["fc00::", "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "fe00::"],
    ["fe80::", "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "fec0::"],
    ["ff00::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"],
  ])("%s … %s blocked, %s not", (first, last, outside) => {
    expect(blocked(first)).toBe(true);
    expect(blocked(last)).toBe(true);
    expect(blocked(outside)).toBe(false);
  });

  it("blocks the cloud metadata address and the issue's examples", () => {
    for (const address of ["169.254.169.254", "10.0.0.1", "172.16.0.1", "192.168.1.1", "127.0.0.1", "[::1]"]) {
      expect(blocked(address), address).toBe(true);
    }
  });

  it("judges IPv4-mapped IPv6 by the mapped IPv4 address, in every spelling", () => {
    expect(blocked("::ffff:127.0.0.1")).toBe(true);
    expect(blocked("::ffff:7f00:1")).toBe(true);
    expect(blocked("0:0:0:0:0:ffff:a9fe:a9fe")).toBe(true);
    expect(blocked("[::ffff:10.0.0.5]")).toBe(true);
    expect(blocked("::ffff:8.8.8.8")).toBe(false);
  });

  it("blocks NAT64 of any address and IPv6 link-local with a zone id", () => {
    expect(blocked("64:ff9b::8.8.8.8")).toBe(true);
    expect(blocked("fe80::1%eth0")).toBe(true);
  });

  it("lets public addresses through", () => {
    for (const address of ["8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e"]) {
      expect(blocked(address), address).toBe(false);
    }
  });
});

describe("address parsing", () => {
  it.each(["256.0.0.1", "1.2.3", "01.2.3.4", "1.2.3.4.5", "::1::", "1:2:3:4:5:6:7:8:9", "12345::", "example.com", "", "g::1"])(
    "refuses %j",
    (text) => expect(parseIp(text)).toBeNull(),
  );

  it("formats addresses canonically", () => {
    expect(formatIp(parseIp("0:0:0:0:0:0:0:1")!)).toBe("::1");
    expect(formatIp(parseIp("2001:db8:0:0:1:0:0:1")!)).toBe("2001:db8::1:0:0:1");
    expect(formatIp(parseIp("10.0.0.5")!)).toBe("10.0.0.5");
  });

  it("parses CIDRs and single addresses", () => {
    expect(cidrContains(parseCidr("10.1.0.0/16")!, parseIp("10.1.200.3")!)).toBe(true);
    expect(cidrContains(parseCidr("10.1.0.0/16")!, parseIp("10.2.0.1")!)).toBe(false);
    expect(cidrContains(parseCidr("127.0.0.1")!, parseIp("127.0.0.1")!)).toBe(true);
    expect(cidrContains(parseCidr("127.0.0.1")!, parseIp("127.0.0.2")!)).toBe(false);
    expect(cidrContains(parseCidr("0.0.0.0/0")!, parseIp("8.8.8.8")!)).toBe(true);
    expect(cidrContains(parseCidr("fd00::/8")!, parseIp("fd12::1")!)).toBe(true);
    expect(cidrContains(parseCidr("fd00::/8")!, parseIp("10.0.0.1")!)).toBe(false);
    for (const bad of ["10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/x", "::/129", "host/8", "1.2.3.4/8/9"]) {
      expect(parseCidr(bad), bad).toBeNull();
    }
  });
});

describe("checkAddress with an allowlist", () => {
  it("refuses a private address with the message users see", () => {
    expect(checkAddress("10.0.0.5", "10.0.0.5", none)).toEqual({
      allowed: false,
      address: "10.0.0.5",
      message: "blocked: 10.0.0.5 is a private address — allow it in Settings → Network",
    });
  });

  it("admits an allowlisted CIDR, single address, its ::ffff: form and an allowlisted host name", () => {
    const allowlist = parseAllowlist(["10.1.0.0/16", "127.0.0.1", " Internal.Example ", "*.corp.example"]);
    expect(checkAddress("10.1.2.3", "10.1.2.3", allowlist).allowed).toBe(true);
    expect(checkAddress("10.2.0.1", "10.2.0.1", allowlist).allowed).toBe(false);
    expect(checkAddress("127.0.0.1", "localhost", allowlist).allowed).toBe(true);
    expect(checkAddress("::ffff:127.0.0.1", "localhost", allowlist).allowed).toBe(true);
    expect(checkAddress("127.0.0.2", "localhost", allowlist).allowed).toBe(false);
    expect(checkAddress("192.168.1.1", "internal.example", allowlist).allowed).toBe(true);
    expect(checkAddress("192.168.1.1", "a.corp.example", allowlist).allowed).toBe(true);
    expect(checkAddress("192.168.1.1", "corp.example", allowlist).allowed).toBe(false);
    expect(checkAddress("192.168.1.1", "evilcorp.example", allowlist).allowed).toBe(false);
  });

  it("allowlisting ::1 does not admit 127.0.0.1 and vice versa", () => {
    expect(checkAddress("127.0.0.1", "127.0.0.1", parseAllowlist(["::1"])).allowed).toBe(false);
    expect(checkAddress("::1", "::1", parseAllowlist(["127.0.0.1"])).allowed).toBe(false);
  });

  it("names a mapped address by its IPv4 form", () => {
    expect(checkAddress("::ffff:7f00:1", "x", none)).toMatchObject({ allowed: false, address: "::ffff:127.0.0.1" });
  });

  it("refuses what it cannot parse", () => {
    expect(checkAddress("not-an-ip", "x", none).allowed).toBe(false);
  });
});
