// API token grants held in the process, for the publish fast path: a token's workspace and effective role are read
// from the database once and reused, so a publish costs no authentication round trip. Revoking a token, or
// demoting, disabling or deleting its creator, fires TOKEN_AUTH_CHANNEL at commit (database triggers, migration
// 20261130080000_token_auth_notify) and every process empties its cache (lib/db/notified-cache.ts).
import { TOKEN_AUTH_CHANNEL } from "../db/channels";
import { notifiedCache } from "../db/notified-cache";
import { loadApiTokenGrant, type ApiTokenGrant } from "./api-tokens";

/** A backstop only: notifications make changes count at once. */
const TTL_MS = 60_000;

const grants = notifiedCache<ApiTokenGrant>(TOKEN_AUTH_CHANNEL, TTL_MS);

/** The grant of the token whose SHA-256 is `tokenHash`; null when it may do nothing. */
export const cachedApiTokenGrant = (tokenHash: string): Promise<ApiTokenGrant | null> =>
  grants.get(tokenHash, () => loadApiTokenGrant(tokenHash));

/** For tests: stop listening and forget everything. */
export const stopTokenCache = (): Promise<void> => grants.stop();
