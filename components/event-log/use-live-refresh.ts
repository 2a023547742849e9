"use client";
// Live pages: one connection to /api/v1/stream (Server-Sent Events fed by PostgreSQL LISTEN/NOTIFY, so what any
// process receives or delivers shows up) per browser tab, shared by every view on the page; each view names the
// query keys a message makes stale. EventSource reconnects by itself; after each (re)connect the server says
// "ready" once the subscription is in place, and every view refreshes then, since what arrived while it was
// disconnected (or before the stream opened) sent no message. While the stream is down, `live` is false and the
// queries fall back to polling.
import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useEffect, useRef, useSyncExternalStore } from "react";

/** What the stream announces: a new event, or deliveries of the workspace that changed status. */
export type LiveTopic = "event" | "deliveries";
const TOPICS: readonly LiveTopic[] = ["event", "deliveries"];

interface Listener {
  topics: readonly LiveTopic[];
  onMessage: () => void;
  onReady: () => void;
}

const listeners = new Set<Listener>();
const liveWatchers = new Set<() => void>();
let source: EventSource | null = null;
let live = false;

function setLive(next: boolean) {
  if (live === next) return;
  live = next;
  for (const watcher of liveWatchers) watcher();
}

function connect() {
  const stream = new EventSource("/api/v1/stream");
  stream.addEventListener("ready", () => {
    setLive(true);
    for (const listener of listeners) listener.onReady();
  });
  stream.onerror = () => setLive(false);
  for (const topic of TOPICS) {
    stream.addEventListener(topic, () => {
      for (const listener of listeners) if (listener.topics.includes(topic)) listener.onMessage();
    });
  }
  return stream;
}

function addListener(listener: Listener): () => void {
  listeners.add(listener);
  source ??= connect();
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    source?.close();
    source = null;
    setLive(false);
  };
}

function watchLive(watcher: () => void) {
  liveWatchers.add(watcher);
  return () => void liveWatchers.delete(watcher);
}

export interface LiveRefreshOptions {
  /** The messages that make `keys` stale; new events only unless said otherwise. */
  topics?: readonly LiveTopic[];
  /** Bursts refresh once: the first message of a burst schedules one refresh this much later. */
  debounceMs?: number;
}

/**
 * Invalidates `keys` when the stream announces one of `topics` (debounced) and after every (re)connect. `live`
 * says whether the stream is connected: queries poll slowly only while it is not.
 */
export function useLiveRefresh(
  keys: readonly QueryKey[],
  { topics = ["event"], debounceMs = 150 }: LiveRefreshOptions = {},
): { live: boolean } {
  const queryClient = useQueryClient();
  // The keys are rebuilt on every render; the subscription reads the latest ones instead of reconnecting.
  const keysRef = useRef(keys);
  useEffect(() => {
    keysRef.current = keys;
  });
  const topicList = topics.join(",");

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    // A fetch already under way (the page's first load, when "ready" comes right after it) is left to finish
    // rather than started over.
    const refresh = () => {
      for (const queryKey of keysRef.current)
        void queryClient.invalidateQueries({ queryKey }, { cancelRefetch: false });
    };
    const remove = addListener({
      topics: topicList.split(",") as LiveTopic[],
      onMessage: () => {
        timer ??= setTimeout(() => {
          timer = null;
          refresh();
        }, debounceMs);
      },
      onReady: refresh,
    });
    return () => {
      if (timer) clearTimeout(timer);
      remove();
    };
  }, [queryClient, topicList, debounceMs]);

  return {
    live: useSyncExternalStore(
      watchLive,
      () => live,
      () => false,
    ),
  };
}
