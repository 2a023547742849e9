// The header set every response carries and the page policy, checked without a server (tests/e2e/security.spec.ts checks them served).
import { describe, expect, it } from "vitest";
import { LOCKED_DOWN_POLICY, pagePolicy, securityHeaders } from "./security-headers";

const names = (https: boolean) => securityHeaders({ https }).map(([name]) => name.toLowerCase());

describe("security headers", () => {
  it("tell browsers to keep to https (HSTS) only when Switchboard is served over https", () => {
    expect(names(false)).not.toContain("strict-transport-security");
    expect(Object.fromEntries(securityHeaders({ https: true }))["Strict-Transport-Security"]).toBe(
      "max-age=31536000; includeSubDomains",
    );
  });

  it("forbid framing, sniffing and powerful features on every response", () => {
    const headers = Object.fromEntries(securityHeaders({ https: false }));
    expect(headers).toMatchObject({
      "Content-Security-Policy": LOCKED_DOWN_POLICY,
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
    });
    expect(LOCKED_DOWN_POLICY).toContain("frame-ancestors 'none'");
    expect(headers["Permissions-Policy"]).toMatch(/camera=\(\).*microphone=\(\)/);
  });

  it("a page's policy runs only nonce'd scripts in production, and upgrades requests over https", () => {
    const policy = pagePolicy("abc123", { https: true, dev: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic';");
    expect(policy).toContain("style-src 'self' 'nonce-abc123';");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("upgrade-insecure-requests");
    expect(pagePolicy("abc123", { https: false, dev: false })).not.toContain("upgrade-insecure-requests");
    expect(pagePolicy("abc123", { https: false, dev: true })).toContain("'unsafe-eval'");
  });
});
