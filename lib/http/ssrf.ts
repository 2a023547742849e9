// The SSRF policy: which destination addresses an outbound call may connect to. Pure; the executor calls it at
// connect time (after DNS, on every redirect hop). Ranges exactly as ../shared/REFERENCE.md lists them.
import { cidrContains, formatIp, parseCidr, parseIp, unmapIpv4, type Cidr, type ParsedIp } from "./ip-address";

export const BLOCKED_RANGES: readonly string[] = [
  "0.0.0.0/8",
  "10.0.0.0/8",
  "100.64.0.0/10",
  "127.0.0.0/8",
  "169.254.0.0/16",
  "172.16.0.0/12",
  "192.0.0.0/24",
  "192.0.2.0/24",
  "192.88.99.0/24",
  "192.168.0.0/16",
  "198.18.0.0/15",
  "198.51.100.0/24",
  "203.0.113.0/24",
  "224.0.0.0/4",
  "240.0.0.0/4",
  "255.255.255.255/32",
  "::/128",
  "::1/128",
  // ::ffff:0:0/96 is not listed: mapped addresses are unmapped first and judged by the IPv4 ranges above.
  "64:ff9b::/96",
  "100::/64",
  "2001:db8::/32",
  "fc00::/7",
  "fe80::/10",
  "ff00::/8",
];

const blockedCidrs: Cidr[] = BLOCKED_RANGES.map((range) => {
  const cidr = parseCidr(range);
  if (!cidr) throw new Error(`Bad built-in range ${range}`);
  return cidr;
});

/** A parsed allowlist: host names (exact, or "*.example.com" for subdomains) and CIDRs / single addresses. */
export interface Allowlist {
  hosts: string[];
  cidrs: Cidr[];
}

export function parseAllowlist(entries: readonly string[]): Allowlist {
  const allowlist: Allowlist = { hosts: [], cidrs: [] };
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    const cidr = parseCidr(entry);
    if (cidr) {
      // An allowlisted IPv4 address also admits its ::ffff: form, since both are judged as IPv4.
      allowlist.cidrs.push(cidr);
    } else {
      allowlist.hosts.push(entry.replace(/\.$/, ""));
    }
  }
  return allowlist;
}

export function isHostAllowlisted(hostname: string, allowlist: Allowlist): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return allowlist.hosts.some((entry) =>
    entry.startsWith("*.") ? host.endsWith(entry.slice(1)) && host.length > entry.length - 1 : host === entry,
  );
}

export function isBlockedIp(ip: ParsedIp): boolean {
  const judged = unmapIpv4(ip);
  return blockedCidrs.some((cidr) => cidrContains(cidr, judged));
}

export type AddressVerdict = { allowed: true } | { allowed: false; address: string; message: string };

/**
 * May we connect to `address` (an IP literal), reached through `hostname`? Allowed when the address is public,
 * or the host name or the address is on the allowlist. Unparseable addresses are refused: we cannot judge them.
 */
export function checkAddress(address: string, hostname: string, allowlist: Allowlist): AddressVerdict {
  const ip = parseIp(address);
  if (!ip) return { allowed: false, address, message: `blocked: ${address} is not a valid IP address` };
  if (!isBlockedIp(ip)) return { allowed: true };
  if (isHostAllowlisted(hostname, allowlist)) return { allowed: true };
  const judged = unmapIpv4(ip);
  if (allowlist.cidrs.some((cidr) => cidrContains(cidr, judged) || cidrContains(cidr, ip))) return { allowed: true };
  const shown = judged === ip ? formatIp(ip) : `::ffff:${formatIp(judged)}`;
  return {
    allowed: false,
    address: shown,
    message: `blocked: ${shown} is a private address — allow it in Settings → Network`,
  };
}
