// Allowlist entries are accepted exactly when the outbound guard reads them as meant: addresses and CIDRs by its own
// parser, everything else as a host name or *.domain pattern.
import { describe, expect, it } from "vitest";
import { parseAllowlist } from "../http/ssrf";
import { allowlistEntryProblem } from "./schema";

describe("allowlistEntryProblem", () => {
  it.each([
    "10.0.0.0/8",
    "10.0.0.5",
    "192.168.1.0/24",
    "fc00::/7",
    "::1",
    "[::1]",
    "crm.lan",
    "localhost",
    "*.internal.example",
    "Hooks.Example.COM.",
    "127.0.0.1:8080",
    "10.0.0.0/8:8000-8999",
    "[::1]:9000",
    "crm.lan:443",
  ])("accepts %s", (entry) => expect(allowlistEntryProblem(entry)).toBeNull());

  it.each([
    ["", "Enter a host, *.domain, IP address or CIDR"],
    ["10.0.0.0/33", "10.0.0.0/33 is not a valid CIDR (address/prefix, e.g. 10.0.0.0/8)"],
    ["10.0.0.0/8/1", "10.0.0.0/8/1 is not a valid CIDR (address/prefix, e.g. 10.0.0.0/8)"],
    ["999.1.1.1", "999.1.1.1 is not a valid IP address"],
    ["10.0.0", "10.0.0 is not a valid IP address"],
    ["fe80::zz", "fe80::zz is not a valid IP address"],
    ["bad host", "bad host is not a host name (letters, digits and hyphens; *. only at the start)"],
    ["a.*.example", "a.*.example is not a host name (letters, digits and hyphens; *. only at the start)"],
    ["-dash.example", "-dash.example is not a host name (letters, digits and hyphens; *. only at the start)"],
    ["127.0.0.1:99999", "127.0.0.1:99999: the port must be 1–65535"],
    ["10.0.0.0/8:9-1", "10.0.0.0/8:9-1: the port range must run from low to high"],
  ])("refuses %j", (entry, message) => expect(allowlistEntryProblem(entry)).toBe(message));

  it("every accepted address or CIDR lands in the guard's CIDR list, every host in its host list", () => {
    const parsed = parseAllowlist(["10.0.0.0/8", "fc00::/7", "crm.lan", "*.internal.example"]);
    expect(parsed.cidrs).toHaveLength(2);
    expect(parsed.hosts.map((entry) => entry.host)).toEqual(["crm.lan", "*.internal.example"]);
  });
});
