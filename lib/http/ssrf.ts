// The SSRF rule, its one owner: which destination addresses an outbound call may connect to, what an allowlist entry
// means, and how an address is named when it is refused. Pure (no storage, no I/O), so the browser's allowlist form,
// SWITCHBOARD_ALLOW_PRIVATE and the connect-time hook (guarded-agent.ts) all read entries alike; reading and saving
// the allowlist is lib/network's. The executor calls checkAddress at connect time (after DNS, on every redirect
// hop). Ranges exactly as ../shared/REFERENCE.md lists them, plus the IPv4 address any IPv6 transition form carries
// (IPv4-compatible, mapped, translated, 6to4, Teredo, NAT64), judged by the same IPv4 rules: a packet to such an
// address may end up at that IPv4 host.
import { cidrContains, formatIp, parseCidr, parseIp, unmapIpv4, type Cidr, type ParsedIp } from "./ip-address";

/** The blocked ranges, each with the plain-language name "check an address" (Settings → Network) shows. */
const BLOCKED_RANGES: readonly { range: string; name: string }[] = [
  { range: "0.0.0.0/8", name: 'a "this network" address' },
  { range: "10.0.0.0/8", name: "a private address" },
  { range: "100.64.0.0/10", name: "a carrier-grade NAT address" },
  { range: "127.0.0.0/8", name: "a loopback address" },
  { range: "169.254.0.0/16", name: "a link-local address (cloud metadata lives here)" },
  { range: "172.16.0.0/12", name: "a private address" },
  { range: "192.0.0.0/24", name: "an IETF protocol assignment" },
  { range: "192.0.2.0/24", name: "a documentation address" },
  { range: "192.88.99.0/24", name: "a 6to4 relay address" },
  { range: "192.168.0.0/16", name: "a private address" },
  { range: "198.18.0.0/15", name: "a benchmarking address" },
  { range: "198.51.100.0/24", name: "a documentation address" },
  { range: "203.0.113.0/24", name: "a documentation address" },
  { range: "224.0.0.0/4", name: "a multicast address" },
  { range: "240.0.0.0/4", name: "a reserved address" },
  { range: "255.255.255.255/32", name: "the broadcast address" },
  { range: "::/128", name: "the unspecified address" },
  { range: "::1/128", name: "a loopback address" },
  // ::ffff:0:0/96 is not listed: mapped addresses are unmapped first and judged by the IPv4 ranges above.
  { range: "64:ff9b::/96", name: "a NAT64 address" },
  // Local-use NAT64 (RFC 8215): only ever inside a network.
  { range: "64:ff9b:1::/48", name: "a local-use NAT64 address" },
  { range: "100::/64", name: "a discard-only address" },
  { range: "2001:db8::/32", name: "a documentation address" },
  { range: "fc00::/7", name: "a private (unique local) address" },
  { range: "fe80::/10", name: "a link-local address" },
  { range: "ff00::/8", name: "a multicast address" },
];

const blockedCidrs: { range: string; name: string; cidr: Cidr }[] = BLOCKED_RANGES.map((blocked) => {
  const cidr = parseCidr(blocked.range);
  if (!cidr) throw new Error(`Bad built-in range ${blocked.range}`);
  return { ...blocked, cidr };
});

const IPV4_MASK = 0xffffffffn;
const v4 = (value: bigint): ParsedIp => ({ version: 4, value: value & IPV4_MASK });

/** An IPv4 address an IPv6 address carries, and the form that carries it ("6to4", "Teredo client", …). */
export interface EmbeddedIpv4 {
  form: string;
  ipv4: ParsedIp;
}

/**
 * The IPv4 addresses inside an IPv6 address. Mapped (::ffff:a.b.c.d) is not listed: unmapIpv4 already judges it as
 * IPv4 everywhere. Each form's layout is fixed by its RFC; Teredo's client address is stored inverted.
 */
export function embeddedIpv4(ip: ParsedIp): EmbeddedIpv4[] {
  if (ip.version !== 6) return [];
  const value = ip.value;
  const top96 = value >> 32n;
  if (top96 === 0n) return [{ form: "IPv4-compatible", ipv4: v4(value) }];
  if (top96 === 0xffff0000n) return [{ form: "IPv4-translated", ipv4: v4(value) }];
  if (top96 === 0x64ff9bn << 64n) return [{ form: "NAT64", ipv4: v4(value) }];
  if (value >> 112n === 0x2002n) return [{ form: "6to4", ipv4: v4(value >> 80n) }];
  if (value >> 96n === 0x20010000n) {
    return [
      { form: "Teredo server", ipv4: v4(value >> 64n) },
      { form: "Teredo client", ipv4: v4(value ^ IPV4_MASK) },
    ];
  }
  return [];
}

function inBlockedRange(ip: ParsedIp): boolean {
  return blockedCidrs.some(({ cidr }) => cidrContains(cidr, ip));
}

/** The range each embedding form lives in, for naming an address by the blocked IPv4 address it carries. */
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
  const match = blockedCidrs.find(({ cidr }) => cidrContains(cidr, ip));
  if (match) return { range: match.range, name: match.name };
  for (const { form, ipv4 } of embeddedIpv4(ip)) {
    const inner = blockedCidrs.find(({ cidr }) => cidrContains(cidr, ipv4));
    if (inner) {
      return {
        range: EMBEDDING_RANGES[form] ?? "::/0",
        name: `${/^I/.test(form) ? "an" : "a"} ${form} address of ${formatIp(ipv4)}, ${inner.name}`,
      };
    }
  }
  return null;
}

/**
 * What "check an address" shows of one resolved address: spelled as the rule judges it (a mapped IPv4 address as
 * IPv4) and the blocked range it falls in (null: public); null when it is not an IP address at all.
 */
export function describeAddress(
  address: string,
): { shown: string; blocked: { range: string; name: string } | null } | null {
  const ip = parseIp(address);
  if (!ip) return null;
  const judged = unmapIpv4(ip);
  return { shown: formatIp(judged), blocked: blockedRange(judged) };
}

/** A host that is an IP literal (connected to as is, never looked up). */
export const isIpLiteral = (host: string) => parseIp(host) !== null;

export function isBlockedIp(ip: ParsedIp): boolean {
  const judged = unmapIpv4(ip);
  return inBlockedRange(judged) || embeddedIpv4(judged).some(({ ipv4 }) => inBlockedRange(ipv4));
}

/** Ports an allowlist entry opens; null opens every port (entries written without one, as before ports existed). */
export interface PortRange {
  from: number;
  to: number;
}

export type AllowlistEntry =
  { kind: "host"; host: string; ports: PortRange | null } | { kind: "cidr"; cidr: Cidr; ports: PortRange | null };

/** A parsed allowlist: host names (exact, or "*.example.com" for subdomains) and CIDRs / single addresses. */
export interface Allowlist {
  hosts: Extract<AllowlistEntry, { kind: "host" }>[];
  cidrs: Extract<AllowlistEntry, { kind: "cidr" }>[];
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

function parsePorts(entry: string, text: string): PortRange | { problem: string } {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!match) return { problem: `${entry}: the port must be a number or a range such as 8000-8999` };
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if ([from, to].some((port) => port < 1 || port > 65535)) return { problem: `${entry}: the port must be 1–65535` };
  if (to < from) return { problem: `${entry}: the port range must run from low to high` };
  return { from, to };
}

/**
 * One allowlist entry: `host`, `*.domain`, an address or CIDR, each optionally followed by `:port` or
 * `:from-to`; IPv6 with a port goes in brackets (`[::1]:9000`, `[fc00::/7]:443`). The one reader of the format, so
 * the editor, SWITCHBOARD_ALLOW_PRIVATE and the guard cannot disagree about what an entry means.
 */
export function parseAllowlistEntry(raw: string): AllowlistEntry | { problem: string } {
  const entry = raw.trim().toLowerCase();
  if (!entry) return { problem: "Enter a host, *.domain, IP address or CIDR" };
  let target = entry;
  let portText: string | undefined;
  if (entry.startsWith("[")) {
    // [v6], [v6]:port, [v6/prefix]:port or [v6]/prefix:port
    const match = /^\[([^\]]*)\](\/\d+)?(?::(.*))?$/.exec(entry);
    if (!match) return { problem: `${entry} is not a valid IP address (write IPv6 with a port as [address]:port)` };
    target = `${match[1]}${match[2] ?? ""}`;
    portText = match[3];
  } else {
    // A colon ends a port only when the part before it has none: bare IPv6 ("::1", "fc00::/7") never has a port.
    const colon = entry.lastIndexOf(":");
    if (colon !== -1 && !entry.slice(0, colon).includes(":")) {
      target = entry.slice(0, colon);
      portText = entry.slice(colon + 1);
    }
  }
  let ports: PortRange | null = null;
  if (portText !== undefined) {
    const parsed = parsePorts(entry, portText);
    if ("problem" in parsed) return parsed;
    ports = parsed;
  }
  const cidr = parseCidr(target);
  if (cidr) return { kind: "cidr", cidr, ports };
  if (target.includes("/")) return { problem: `${entry} is not a valid CIDR (address/prefix, e.g. 10.0.0.0/8)` };
  if (target.includes(":") || /^[\d.]+$/.test(target) || entry.startsWith("[")) {
    return { problem: `${entry} is not a valid IP address` };
  }
  const host = target.replace(/\.$/, "");
  const labels = (host.startsWith("*.") ? host.slice(2) : host).split(".");
  if (host.length > 253 || !labels.every((label) => HOST_LABEL.test(label))) {
    return { problem: `${entry} is not a host name (letters, digits and hyphens; *. only at the start)` };
  }
  return { kind: "host", host, ports };
}

/** Entries that do not parse are skipped here; the editor and the env check refuse them before they get this far. */
export function parseAllowlist(entries: readonly string[]): Allowlist {
  const allowlist: Allowlist = { hosts: [], cidrs: [] };
  for (const raw of entries) {
    const entry = parseAllowlistEntry(raw);
    if ("problem" in entry) continue;
    if (entry.kind === "cidr") allowlist.cidrs.push(entry);
    else allowlist.hosts.push(entry);
  }
  return allowlist;
}

const portAllowed = (ports: PortRange | null, port: number | undefined) =>
  ports === null || (port !== undefined && port >= ports.from && port <= ports.to);

function hostMatches(pattern: string, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return pattern.startsWith("*.")
    ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1
    : host === pattern;
}

export function isHostAllowlisted(hostname: string, allowlist: Allowlist, port?: number): boolean {
  return allowlist.hosts.some((entry) => hostMatches(entry.host, hostname) && portAllowed(entry.ports, port));
}

export type AddressVerdict = { allowed: true } | { allowed: false; address: string; message: string };

/**
 * May we connect to `address` (an IP literal) on `port`, reached through `hostname`? Allowed when the address is
 * public, or the host name or the address is on the allowlist for that port. Without a port only entries that
 * open every port apply. Unparseable addresses are refused: we cannot judge them.
 */
export function checkAddress(address: string, hostname: string, allowlist: Allowlist, port?: number): AddressVerdict {
  const ip = parseIp(address);
  if (!ip) return { allowed: false, address, message: `blocked: ${address} is not a valid IP address` };
  if (!isBlockedIp(ip)) return { allowed: true };
  if (isHostAllowlisted(hostname, allowlist, port)) return { allowed: true };
  const judged = unmapIpv4(ip);
  const covering = allowlist.cidrs.filter(({ cidr }) => cidrContains(cidr, judged) || cidrContains(cidr, ip));
  if (covering.some((entry) => portAllowed(entry.ports, port))) return { allowed: true };
  const coveringHost = allowlist.hosts.some((entry) => hostMatches(entry.host, hostname));
  const embedded = embeddedIpv4(judged);
  let shown: string;
  let label: string;
  if (judged !== ip) {
    shown = label = `::ffff:${formatIp(judged)}`;
  } else if (
    !inBlockedRange(judged) &&
    embedded.length > 0 &&
    (judged.value >> 32n === 0n || judged.value >> 32n === 0xffff0000n)
  ) {
    // IPv4-compatible and translated addresses are spelled with their IPv4 tail, as they are usually written.
    shown = label = `${judged.value >> 32n === 0n ? "::" : "::ffff:0:"}${formatIp(embedded[0]!.ipv4)}`;
  } else {
    shown = formatIp(ip);
    const inner = embedded.find(({ ipv4 }) => inBlockedRange(ipv4)) ?? null;
    label = inner && !inBlockedRange(judged) ? `${shown} (${inner.form} of ${formatIp(inner.ipv4)})` : shown;
  }
  const where = port !== undefined && (covering.length > 0 || coveringHost) ? `${label} port ${port}` : label;
  // Named as "check an address" names it (one vocabulary): the range the address, or the IPv4 address it carries, is in.
  const range =
    blockedCidrs.find(({ cidr }) => cidrContains(cidr, judged)) ??
    embedded.map(({ ipv4 }) => blockedCidrs.find(({ cidr }) => cidrContains(cidr, ipv4))).find(Boolean);
  return {
    allowed: false,
    address: shown,
    message: `blocked: ${where} is ${range?.name ?? "a blocked address"} — allow it in Settings → Network`,
  };
}
