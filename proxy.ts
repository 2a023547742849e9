// Next.js proxy (the file convention formerly called middleware): every page view gets its Content-Security-Policy
// with a fresh nonce. Next.js reads the nonce from the request's policy header and puts it on its own scripts and
// style tags, so nothing inline runs without it. The other security headers, and the policy of everything that is
// not a page, come from the production server (see lib/api/security-headers.ts).
import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { pagePolicy } from "@/lib/api/security-headers";
import { env } from "@/lib/env";

export function proxy(request: NextRequest) {
  const settings = env();
  const policy = pagePolicy(randomBytes(16).toString("base64"), {
    https: settings.SWITCHBOARD_SECURE_COOKIES,
    dev: settings.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
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
