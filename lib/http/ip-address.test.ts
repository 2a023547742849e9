// The edges of handing IPv6 to the URL parser: what it would forgive (tabs, newlines, a host name, a short or octal
// IPv4 tail) is still refused, and zone ids and brackets are read as before.
import { describe, expect, it } from "vitest";
import { formatIp, parseIp } from "./ip-address";

describe("parseIp at the URL parser's edges", () => {
  it.each([
    "::1\n",
    "::\t1",
    " ::1",
    "1.2.3.4\n",
    "::ffff:01.2.3.4",
    "::1.2.3",
    "1:2:3:4:5:6:7:1.2.3.4",
    "1::2:3:4:5:6:7:8",
    "::1.2.3.4:5",
    "[1.2.3.4]",
    "[::1",
    "0x7f.0.0.1",
    "127.1",
    "2130706433",
    "localhost",
  ])("refuses %j", (text) => expect(parseIp(text)).toBeNull());

  it.each([
    ["fe80::1%eth0", "fe80::1"],
    ["[fe80::1%25eth0]", "fe80::1"],
    ["FE80::1", "fe80::1"],
    ["1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"],
    ["::2:3:4:5:6:7:8", "0:2:3:4:5:6:7:8"],
    ["1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304"],
    ["::ffff:255.255.255.255", "::ffff:ffff:ffff"],
    ["::", "::"],
  ])("reads %s as %s", (text, canonical) => expect(formatIp(parseIp(text)!)).toBe(canonical));
});
