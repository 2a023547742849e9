import { describe, expect, it } from "vitest";
import { cidrContains, formatIp, parseCidr, parseIp } from "./ip-address";
import { checkAddress, isBlockedIp, parseAllowlist, parseAllowlistEntry } from "./ssrf";

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
    // ::2 is blocked too now: it is the IPv4-compatible form of 0.0.0.2 (see the embedded forms below).
    ["::", "::", "1::"],
    ["::1", "::1", "1::"],
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
  it.each([
    "256.0.0.1",
    "1.2.3",
    "01.2.3.4",
    "1.2.3.4.5",
    "::1::",
    "1:2:3:4:5:6:7:8:9",
    "12345::",
    "example.com",
    "",
    "g::1",
  ])("refuses %j", (text) => expect(parseIp(text)).toBeNull());

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

describe("IPv6 forms that carry an IPv4 address are judged by that address too", () => {
  it.each([
    ["::127.0.0.1", "IPv4-compatible ::/96"],
    ["::7f00:1", "IPv4-compatible ::/96, hex"],
    ["[::10.0.0.5]", "IPv4-compatible, bracketed"],
    ["::169.254.169.254", "IPv4-compatible metadata"],
    ["::ffff:127.0.0.1", "IPv4-mapped"],
    ["::ffff:0:127.0.0.1", "IPv4-translated ::ffff:0:0:0/96"],
    ["2002:7f00:1::", "6to4 of 127.0.0.1"],
    ["2002:a00:5::1", "6to4 of 10.0.0.5"],
    ["2002:a9fe:a9fe:1:2:3:4:5", "6to4 of 169.254.169.254"],
    // Teredo: 2001:0:<server>:<flags>:<port ^ ffff>:<client ^ ffffffff>; client 127.0.0.1 → 80ff:fffe.
    ["2001:0:4136:e378:8000:63bf:80ff:fffe", "Teredo client 127.0.0.1"],
    ["2001:0:4136:e378:8000:63bf:f5ff:fffa", "Teredo client 10.0.0.5"],
    ["2001:0:7f00:1:8000:63bf:f7f7:f7f7", "Teredo server 127.0.0.1"],
    ["64:ff9b::127.0.0.1", "NAT64"],
    ["64:ff9b:1::a00:5", "local-use NAT64 64:ff9b:1::/48"],
  ])("%s (%s) is blocked", (address) => expect(blocked(address)).toBe(true));

  it.each([
    ["::8.8.8.8", "IPv4-compatible of a public address"],
    ["2002:808:808::1", "6to4 of 8.8.8.8"],
    ["2001:0:4136:e378:8000:63bf:f7f7:f7f7", "Teredo with public server and client 8.8.8.8"],
  ])("%s (%s) is not", (address) => expect(blocked(address)).toBe(false));

  it("names the IPv4 address it found inside", () => {
    expect(checkAddress("2002:7f00:1::", "x", none)).toEqual({
      allowed: false,
      address: "2002:7f00:1::",
      message: "blocked: 2002:7f00:1:: (6to4 of 127.0.0.1) is a loopback address — allow it in Settings → Network",
    });
    expect(checkAddress("::7f00:1", "x", none, 80)).toMatchObject({ allowed: false, address: "::127.0.0.1" });
    expect(checkAddress("::ffff:0:7f00:1", "x", none, 80)).toMatchObject({
      allowed: false,
      address: "::ffff:0:127.0.0.1",
    });
    expect(checkAddress("::1", "x", none, 80)).toMatchObject({ allowed: false, address: "::1" });
  });

  it("allowlisting 127.0.0.1 does not admit its 6to4, Teredo or IPv4-compatible forms", () => {
    const allowlist = parseAllowlist(["127.0.0.1"]);
    for (const address of ["2002:7f00:1::", "2001:0:4136:e378:8000:63bf:80ff:fffe", "::127.0.0.1"]) {
      expect(checkAddress(address, address, allowlist, 80).allowed, address).toBe(false);
    }
  });
});

describe("allowlist entries with a port or a port range", () => {
  it.each([
    ["127.0.0.1:8080", { kind: "cidr", ports: { from: 8080, to: 8080 } }],
    ["10.0.0.0/8:8000-8999", { kind: "cidr", ports: { from: 8000, to: 8999 } }],
    ["[::1]:9000", { kind: "cidr", ports: { from: 9000, to: 9000 } }],
    ["[fc00::/7]:443", { kind: "cidr", ports: { from: 443, to: 443 } }],
    ["[fc00::]/7:443", { kind: "cidr", ports: { from: 443, to: 443 } }],
    ["crm.lan:8443", { kind: "host", ports: { from: 8443, to: 8443 } }],
    ["*.corp.example:80-81", { kind: "host", ports: { from: 80, to: 81 } }],
    ["127.0.0.1", { kind: "cidr", ports: null }],
    ["::1", { kind: "cidr", ports: null }],
    ["fc00::/7", { kind: "cidr", ports: null }],
    ["[::1]", { kind: "cidr", ports: null }],
    ["crm.lan", { kind: "host", ports: null }],
  ])("reads %s", (entry, expected) => {
    expect(parseAllowlistEntry(entry)).toMatchObject(expected);
  });

  it.each([
    ["127.0.0.1:0", "127.0.0.1:0: the port must be 1–65535"],
    ["127.0.0.1:70000", "127.0.0.1:70000: the port must be 1–65535"],
    ["10.0.0.0/8:9000-8000", "10.0.0.0/8:9000-8000: the port range must run from low to high"],
    ["[::1:9000", "[::1:9000 is not a valid IP address (write IPv6 with a port as [address]:port)"],
    ["[::1]:x", "[::1]:x: the port must be a number or a range such as 8000-8999"],
  ])("refuses %j", (entry, problem) => expect(parseAllowlistEntry(entry)).toEqual({ problem }));

  it("an address with a port admits that port only; the old forms still mean any port", () => {
    const allowlist = parseAllowlist([
      "127.0.0.1:8080",
      "10.0.0.0/8:8000-8999",
      "[::1]:9000",
      "crm.lan:8443",
      "192.168.1.1",
    ]);
    expect(checkAddress("127.0.0.1", "127.0.0.1", allowlist, 8080).allowed).toBe(true);
    expect(checkAddress("127.0.0.1", "127.0.0.1", allowlist, 5432).allowed).toBe(false);
    expect(checkAddress("127.0.0.1", "127.0.0.1", allowlist).allowed).toBe(false);
    expect(checkAddress("10.9.9.9", "10.9.9.9", allowlist, 8000).allowed).toBe(true);
    expect(checkAddress("10.9.9.9", "10.9.9.9", allowlist, 8999).allowed).toBe(true);
    expect(checkAddress("10.9.9.9", "10.9.9.9", allowlist, 9000).allowed).toBe(false);
    expect(checkAddress("::1", "::1", allowlist, 9000).allowed).toBe(true);
    expect(checkAddress("::1", "::1", allowlist, 9001).allowed).toBe(false);
    expect(checkAddress("10.0.0.7", "crm.lan", allowlist, 8443).allowed).toBe(true);
    expect(checkAddress("10.0.0.7", "crm.lan", allowlist, 22).allowed).toBe(false);
    expect(checkAddress("192.168.1.1", "192.168.1.1", allowlist, 22).allowed).toBe(true);
    expect(checkAddress("192.168.1.1", "192.168.1.1", allowlist, 5432).allowed).toBe(true);
  });

  it("says the port when a port-bound entry does not cover it", () => {
    expect(checkAddress("127.0.0.1", "127.0.0.1", parseAllowlist(["127.0.0.1:8080"]), 5432)).toEqual({
      allowed: false,
      address: "127.0.0.1",
      message: "blocked: 127.0.0.1 port 5432 is a loopback address — allow it in Settings → Network",
    });
  });
});
