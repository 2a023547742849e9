// API token lookups held in the process, for the publish fast path: a token's grant (its workspace and effective
// role) is read from the database once and reused, so a publish costs no authentication round trip. Revoking a
// token, or demoting, disabling or deleting its creator, fires a NOTIFY at commit (a database trigger, whatever made
// the change) and every process drops its whole cache at once; while the LISTEN connection is down nothing is
// cached (a notification could be missed), and it is emptied again when LISTEN is back. The time limit is only a
// backstop. Unknown, revoked and disabled answers are never cached: a token created a moment ago works at once.
import { TOKEN_AUTH_CHANNEL } from "../db/channels";
import { listen, type Listening } from "../db/listen";
import { loadApiTokenGrant, type ApiTokenGrant } from "./api-tokens";

const TTL_MS = 60_000;
/** Far more tokens than one workspace uses; past it the cache starts over rather than grow without bound. */
const MAX_ENTRIES = 10_000;

interface TokenCache {
  entries: Map<string, { expiresAt: number; grant: Promise<ApiTokenGrant | null> }>;
  /** True only while LISTEN is in place: an entry can be trusted only as long as no notification can be missed. */
  listening: boolean;
  listener: Promise<Listening> | null;
}

// On globalThis, like the pool: one cache and one LISTEN connection per process, whichever bundle imports this.
const globalForCache = globalThis as unknown as { switchboardTokenCache?: TokenCache };

function tokenCache(): TokenCache {
  let cache = globalForCache.switchboardTokenCache;
  if (!cache) {
    cache = { entries: new Map(), listening: false, listener: null };
    globalForCache.switchboardTokenCache = cache;
  }
  if (!cache.listener) {
    const current = cache;
    current.listener = listen(TOKEN_AUTH_CHANNEL, () => current.entries.clear(), {
      onListening: () => {
        current.entries.clear();
        current.listening = true;
      },
      onLost: () => {
        current.listening = false;
        current.entries.clear();
      },
    });
  }
  return cache;
}

/** The grant of the token whose SHA-256 is `tokenHash`, from the cache when it can be trusted. */
export function cachedApiTokenGrant(tokenHash: string): Promise<ApiTokenGrant | null> {
  const cache = tokenCache();
  if (!cache.listening) return loadApiTokenGrant(tokenHash);
  const now = Date.now();
  const hit = cache.entries.get(tokenHash);
  if (hit && hit.expiresAt > now) return hit.grant;
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.clear();
  const grant = loadApiTokenGrant(tokenHash);
  const entry = { expiresAt: now + TTL_MS, grant };
  cache.entries.set(tokenHash, entry);
  const forget = () => {
    if (cache.entries.get(tokenHash) === entry) cache.entries.delete(tokenHash);
  };
  grant.then((found) => found || forget(), forget);
  return grant;
}

/** For tests: stop listening and forget everything (the next lookup starts over). */
export async function stopTokenCache(): Promise<void> {
  const cache = globalForCache.switchboardTokenCache;
  if (!cache) return;
  globalForCache.switchboardTokenCache = undefined;
  cache.listening = false;
  cache.entries.clear();
  await (await cache.listener)?.close();
}
