// Plain-language names for the guard's blocked ranges (lib/http/ssrf.ts BLOCKED_RANGES), for "check an address".
import { BLOCKED_RANGES, embeddedIpv4 } from "../http/ssrf";
import { cidrContains, formatIp, parseCidr, type Cidr, type ParsedIp } from "../http/ip-address";

const names: Record<string, string> = {
  "0.0.0.0/8": "a \"this network\" address",
  "10.0.0.0/8": "a private address",
  "100.64.0.0/10": "a carrier-grade NAT address",
  "127.0.0.0/8": "a loopback address",
  "169.254.0.0/16": "a link-local address (cloud metadata lives here)",
  "172.16.0.0/12": "a private address",
  "192.0.0.0/24": "an IETF protocol assignment",
  "192.0.2.0/24": "a documentation address",
  "192.88.99.0/24": "a 6to4 relay address",
  "192.168.0.0/16": "a private address",
  "198.18.0.0/15": "a benchmarking address",
  "198.51.100.0/24": "a documentation address",
  "203.0.113.0/24": "a documentation address",
  "224.0.0.0/4": "a multicast address",
  "240.0.0.0/4": "a reserved address",
  "255.255.255.255/32": "the broadcast address",
  "::/128": "the unspecified address",
  "::1/128": "a loopback address",
  "64:ff9b::/96": "a NAT64 address",
  "64:ff9b:1::/48": "a local-use NAT64 address",
  "100::/64": "a discard-only address",
  "2001:db8::/32": "a documentation address",
  "fc00::/7": "a private (unique local) address",
  "fe80::/10": "a link-local address",
  "ff00::/8": "a multicast address",
};

const ranges: { range: string; cidr: Cidr }[] = BLOCKED_RANGES.map((range) => ({ range, cidr: parseCidr(range)! }));

const EMBEDDING_RANGES: Record<string, string> = {
  "IPv4-compatible": "::/96",
  "IPv4-translated": "::ffff:0:0:0/96",
  "6to4": "2002::/16",
  "Teredo server": "2001::/32",
  "Teredo client": "2001::/32",
};

/**
 * The blocked range an address falls in, with its name; null for public addresses. An IPv6 form that carries a
 * blocked IPv4 address is named by that form and the IPv4 range ("a 6to4 address of 127.0.0.1, a loopback address").
 */
export function blockedRange(ip: ParsedIp): { range: string; name: string } | null {
  const match = ranges.find(({ cidr }) => cidrContains(cidr, ip));
  if (match) return { range: match.range, name: names[match.range] ?? "a non-public address" };
  for (const { form, ipv4 } of embeddedIpv4(ip)) {
    const inner = ranges.find(({ cidr }) => cidrContains(cidr, ipv4));
    if (inner) {
      return { range: EMBEDDING_RANGES[form] ?? "::/0", name: `${/^I/.test(form) ? "an" : "a"} ${form} address of ${formatIp(ipv4)}, ${names[inner.range] ?? "a non-public address"}` };
    }
  }
  return null;
}
