// Next.js proxy (the file convention formerly called middleware): every page view gets its Content-Security-Policy
// with a fresh nonce. Next.js reads the nonce from the request's policy header and puts it on its own scripts and
// style tags, so nothing inline runs without it. The other security headers, and the policy of everything that is
// not a page, come from the production server (see lib/api/security-headers.ts).
// While the database cannot be reached, a page view is answered here, before any render: a readable 503 page with
// Retry-After (lib/api/database-unavailable-page.ts). A render that met the outage could only end in Next's generic
// 500, since a server component cannot choose its status.
import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { databaseUnavailablePage } from "@/lib/api/database-unavailable-page";
import { NONCE_REQUEST_HEADER, pagePolicy } from "@/lib/api/security-headers";
import { probeDatabase } from "@/lib/db/probe-database";
import { env } from "@/lib/env";

export async function proxy(request: NextRequest) {
  const settings = env();
  const nonce = randomBytes(16).toString("base64");
  const policy = pagePolicy(nonce, {
    https: settings.SWITCHBOARD_SECURE_COOKIES,
    dev: settings.NODE_ENV === "development",
  });
  // Every page reads the session from the database first: one round trip says whether it can.
  const unavailable = await probeDatabase("pages");
  if (unavailable) return databaseUnavailablePage(unavailable, { nonce, policy });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  // The root layout's own inline script (the colour scheme, applied before first paint) carries it too.
  requestHeaders.set(NONCE_REQUEST_HEADER, nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API answers, build files and the icon keep the server's locked-down policy.
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)",
      // Client-side navigation prefetches RSC payloads, not documents: no policy applies to them.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
