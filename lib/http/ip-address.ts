// IP address arithmetic for the SSRF rule (ssrf.ts): IP literal text ↔ a number, CIDR membership, canonical spelling.
// This file is also in the browser bundle: the Settings → Network form checks entries with the rule's own parser.
//
// Decision (issue 12), which library does what:
// - IPv6 is parsed and spelled by the WHATWG URL parser every runtime has (RFC 5952 output, strict IPv4 tail), so
//   no IPv6 grammar is written here; IPv4 is a strict dotted quad, because the URL parser (like ipaddr.js) accepts
//   octal, hex and short forms (010.0.0.1, 0x7f.1, 127.1) that must be refused.
// - The address stays a number (bigint) because the rule reads the IPv4 address carried inside IPv6 transition forms
//   (6to4, Teredo's inverted client, NAT64): ipaddr.js cannot extract a Teredo client, net.BlockList exposes no
//   address at all.
// - node:net (isIP, BlockList) was evaluated and NOT used. It does not exist in the browser, where this file runs.
//   For the ranges, BlockList tests text, so every embedded IPv4 address would be spelled out again to be tested; it
//   silently matches ::ffff:a.b.c.d against IPv4 rules and an IPv4 address against a ::ffff:0:0/96 rule (the rule
//   unmaps explicitly, and an IPv6 allowlist entry must not admit an IPv4 host); and it answers only yes or no, while
//   "check an address" names the range that matched. On the number a range test is the two short functions at the
//   bottom. (A differential test of this file against its hand-written predecessor over a million inputs: no change.)

export interface ParsedIp {
  version: 4 | 6;
  /** 32-bit (IPv4) or 128-bit (IPv6) value. */
  value: bigint;
}

const IPV4_PATTERN = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Four decimal octets; a leading zero is refused (octal in some parsers) rather than guessed. */
export function parseIpv4(text: string): bigint | null {
  if (!IPV4_PATTERN.test(text)) return null;
  return text.split(".").reduce((value, octet) => (value << 8n) | BigInt(octet), 0n);
}

export function parseIpv6(text: string): bigint | null {
  const address = (text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text).replace(/%.*$/, "");
  // The URL parser drops tabs and newlines and takes other characters as a host name: only IPv6 characters reach it.
  if (!/^[0-9a-fA-F:.]+$/.test(address) || !address.includes(":") || !URL.canParse(`http://[${address}]/`)) return null;
  // Canonical: lowercase hex groups, at most one "::", never a dotted tail.
  const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const groups = (part: string | undefined) => (part ? part.split(":") : []);
  const [head, rest] = canonical.split("::");
  const zeros = rest === undefined ? 0 : 8 - groups(head).length - groups(rest).length;
  return [...groups(head), ...Array<string>(zeros).fill("0"), ...groups(rest)].reduce(
    (value, group) => (value << 16n) | BigInt(parseInt(group, 16)),
    0n,
  );
}

/** Parses an IP literal (IPv6 may be bracketed or carry a zone id); null for host names and anything malformed. */
export function parseIp(text: string): ParsedIp | null {
  const v4 = parseIpv4(text);
  if (v4 !== null) return { version: 4, value: v4 };
  const v6 = parseIpv6(text);
  if (v6 !== null) return { version: 6, value: v6 };
  return null;
}

const MAPPED_PREFIX = 0xffffn << 32n;

/** ::ffff:a.b.c.d reaches the IPv4 host a.b.c.d, so it is judged as that IPv4 address. */
export function unmapIpv4(ip: ParsedIp): ParsedIp {
  if (ip.version === 6 && ip.value >> 32n === 0xffffn) return { version: 4, value: ip.value - MAPPED_PREFIX };
  return ip;
}

export function formatIp(ip: ParsedIp): string {
  if (ip.version === 4) return [24n, 16n, 8n, 0n].map((shift) => String((ip.value >> shift) & 0xffn)).join(".");
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => ((ip.value >> shift) & 0xffffn).toString(16));
  return new URL(`http://[${groups.join(":")}]/`).hostname.slice(1, -1);
}

export interface Cidr {
  version: 4 | 6;
  base: bigint;
  prefix: number;
}

/** "10.0.0.0/8", "fc00::/7", or a single address (full-length prefix). */
export function parseCidr(text: string): Cidr | null {
  const [address, prefixText, ...extra] = text.trim().split("/");
  if (extra.length > 0 || !address || (prefixText !== undefined && !/^\d+$/.test(prefixText))) return null;
  const ip = parseIp(address);
  if (!ip) return null;
  const bits = ip.version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return null;
  return { version: ip.version, base: ip.value & mask(bits, prefix), prefix };
}

const mask = (bits: number, prefix: number) =>
  (((1n << BigInt(bits)) - 1n) >> BigInt(bits - prefix)) << BigInt(bits - prefix);

export function cidrContains(cidr: Cidr, ip: ParsedIp): boolean {
  return cidr.version === ip.version && (ip.value & mask(ip.version === 4 ? 32 : 128, cidr.prefix)) === cidr.base;
}
