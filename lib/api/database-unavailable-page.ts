// What a page view gets while the database cannot be reached: a short page saying so, status 503 with
// Retry-After, that reloads itself until the database is back. No stack, no driver or Prisma text: only the
// plain-words reason of lib/db/unavailable.ts.
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from "../db/unavailable";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** `policy` is the page's Content-Security-Policy; `nonce` lets the page's one style tag through it. */
export function databaseUnavailablePage(
  reason: string,
  { nonce, policy }: { nonce: string; policy: string },
): Response {
  const seconds = UNAVAILABLE_RETRY_AFTER_SECONDS;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${seconds}">
<title>Database unavailable · Switchboard</title>
<style nonce="${nonce}">
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f8fafc; color: #0f172a;
  font: 16px/1.5 ui-sans-serif, system-ui, sans-serif; }
main { max-width: 34rem; margin: 1.5rem; padding: 1.5rem 2rem; background: #fff; border: 1px solid #e2e8f0; border-radius: 0.75rem; }
h1 { font-size: 1.25rem; margin: 0 0 0.75rem; }
p { margin: 0.5rem 0; color: #334155; }
</style>
</head>
<body>
<main>
<h1>Switchboard cannot reach its database, retrying</h1>
<p>Reason: ${escapeHtml(reason)}.</p>
<p>This page reloads by itself every ${seconds} seconds and shows Switchboard again as soon as the database is back.</p>
<p>Webhooks sent to Switchboard meanwhile are answered 503 with Retry-After, so their senders try again later; nothing they send is accepted and then lost.</p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "retry-after": String(seconds),
      "cache-control": "no-store",
      "content-security-policy": policy,
    },
  });
}
