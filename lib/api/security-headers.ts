// The browser-facing security headers, in one place. The production server (scripts/lib/server.ts) puts the common
// ones on every response it sends — pages, API, static files and the inbound receive path, which never reaches
// Next.js — with a Content-Security-Policy that allows nothing. The proxy (proxy.ts) replaces that policy on pages
// with one that lets the page run: its own scripts carry a fresh nonce per request, nothing inline runs without it.
//
// Styles: Tailwind is one stylesheet from 'self', and Next.js puts the nonce on the style tags it writes, so
// `style-src` needs no 'unsafe-inline'. Inline style *attributes* are another matter: React writes them into the
// server-rendered HTML for computed sizes (recharts' SVG, progress bars, Next's route announcer), and a nonce cannot
// cover an attribute. `style-src-attr 'unsafe-inline'` allows exactly those: an attribute cannot run script or load
// anything from elsewhere (img/font/connect stay 'self'), and React escapes every value it writes into one.

export interface SecurityHeaderOptions {
  /** Switchboard is served over https (SWITCHBOARD_SECURE_COOKIES): browsers are told to keep it that way. */
  https: boolean;
}

/** For responses that are not pages (API answers, files): nothing may run, load or frame them. */
export const LOCKED_DOWN_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Sent with every response. */
export function securityHeaders({ https }: SecurityHeaderOptions): [name: string, value: string][] {
  const headers: [string, string][] = [
    ["Content-Security-Policy", LOCKED_DOWN_POLICY],
    // Older browsers' version of frame-ancestors 'none': the signed-in dashboard must never be framed.
    ["X-Frame-Options", "DENY"],
    ["X-Content-Type-Options", "nosniff"],
    // Not "no-referrer": that also blanks the Origin of the app's own writes, which the CSRF check reads.
    ["Referrer-Policy", "same-origin"],
    [
      "Permissions-Policy",
      "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
    ],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["Cross-Origin-Resource-Policy", "same-origin"],
  ];
  if (https) headers.push(["Strict-Transport-Security", "max-age=31536000; includeSubDomains"]);
  return headers;
}

/** The request header proxy.ts hands a page's nonce to the render in (it always overwrites what a client sent). */
export const NONCE_REQUEST_HEADER = "x-nonce";

/** The policy of one page view; `nonce` is fresh for every request. */
export function pagePolicy(nonce: string, { https, dev }: SecurityHeaderOptions & { dev: boolean }): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonce'd bootstrap loads may load theirs; React's dev tooling needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Development's hot reload injects style tags without the nonce.
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}
