// An in-process cache that a NOTIFY channel empties in every process at once: for lookups on a hot path whose answer
// must never be stale by more than a notification's flight (API token grants, publish plans). The channel is fired
// by database triggers at commit, whatever made the change. An entry is trusted only while LISTEN is in place:
// while the connection is down nothing is cached (a notification could be missed), and the cache is emptied again
// when LISTEN is back. The time limit is only a backstop. Misses (null) are never cached, so something created a
// moment ago is found at once without a notification for creations.
import { listen, type Listening } from "./listen";

export interface NotifiedCache<V> {
  /** `load`'s answer for `key`, from the cache when it can be trusted. */
  get: (key: string, load: () => Promise<V | null>) => Promise<V | null>;
  /** For tests: stop listening and forget everything (the next lookup starts over). */
  stop: () => Promise<void>;
}

interface CacheState {
  entries: Map<string, { expiresAt: number; value: Promise<unknown> }>;
  listening: boolean;
  listener: Promise<Listening> | null;
}

/** Far more entries than one workspace uses; past it the cache starts over rather than grow without bound. */
const MAX_ENTRIES = 10_000;

// On globalThis, like the pool: one cache and one LISTEN connection per channel and process, whichever bundle
// imports this (the production server and Next's server code are separate module graphs in one process).
const globalForCaches = globalThis as unknown as { switchboardNotifiedCaches?: Map<string, CacheState> };

function stateFor(channel: string): CacheState {
  const caches = (globalForCaches.switchboardNotifiedCaches ??= new Map());
  let state = caches.get(channel);
  if (!state) {
    const created: CacheState = { entries: new Map(), listening: false, listener: null };
    created.listener = listen(channel, () => created.entries.clear(), {
      onListening: () => {
        created.entries.clear();
        created.listening = true;
      },
      onLost: () => {
        created.listening = false;
        created.entries.clear();
      },
    });
    caches.set(channel, created);
    state = created;
  }
  return state;
}

export function notifiedCache<V>(channel: string, ttlMs: number): NotifiedCache<V> {
  return {
    get(key, load) {
      const state = stateFor(channel);
      if (!state.listening) return load();
      const now = Date.now();
      const hit = state.entries.get(key);
      if (hit && hit.expiresAt > now) return hit.value as Promise<V | null>;
      if (state.entries.size >= MAX_ENTRIES) state.entries.clear();
      const value = load();
      const entry = { expiresAt: now + ttlMs, value };
      state.entries.set(key, entry);
      const forget = () => {
        if (state.entries.get(key) === entry) state.entries.delete(key);
      };
      value.then((found) => found ?? forget(), forget);
      return value;
    },
    async stop() {
      const state = globalForCaches.switchboardNotifiedCaches?.get(channel);
      if (!state) return;
      globalForCaches.switchboardNotifiedCaches!.delete(channel);
      state.listening = false;
      state.entries.clear();
      await (await state.listener)?.close();
    },
  };
}
