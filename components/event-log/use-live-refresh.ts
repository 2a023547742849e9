"use client";
// Live pages: one connection to /api/v1/stream (Server-Sent Events fed by PostgreSQL LISTEN/NOTIFY, so what any
// process receives or delivers shows up) per browser, shared by every view on every open tab; each view names the
// query keys a message makes stale. EventSource reconnects by itself; after each (re)connect the server says
// "ready" once the subscription is in place, and every view refreshes then, since what arrived while it was
// disconnected (or before the stream opened) sent no message. While the stream is down, `live` is false and the
// queries fall back to polling.
//
// Why one per browser, not one per tab: over HTTP/1.1 a browser opens at most six connections to one host, and a
// stream holds one for as long as its tab is open, so a seventh tab's requests would wait forever. The tab holding
// the "switchboard-live" lock (Web Locks) keeps the stream and relays it to the others over a BroadcastChannel; when
// it closes, the next tab waiting for the lock takes over. Where Web Locks are missing (a plain-http address other
// than localhost is not a secure context), each tab keeps its own stream, as before.
import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useEffect, useRef, useSyncExternalStore } from "react";

/** What the stream announces: a new event, or deliveries of the workspace that changed status. */
export type LiveTopic = "event" | "deliveries";
const TOPICS: readonly LiveTopic[] = ["event", "deliveries"];
const LOCK_NAME = "switchboard-live";

/** What the tab holding the stream tells the others (and what a tab that just joined asks). */
type Relay = { kind: "topic"; topic: LiveTopic } | { kind: "ready" } | { kind: "down" } | { kind: "hello" };

interface Listener {
  topics: readonly LiveTopic[];
  onMessage: () => void;
  onReady: () => void;
}

const listeners = new Set<Listener>();
const liveWatchers = new Set<() => void>();
let live = false;
/** Stops this tab's part: closes its stream or leaves the lock queue and the channel. */
let stop: (() => void) | null = null;

function setLive(next: boolean) {
  if (live === next) return;
  live = next;
  for (const watcher of liveWatchers) watcher();
}

function ready() {
  setLive(true);
  for (const listener of listeners) listener.onReady();
}

function announce(topic: LiveTopic) {
  for (const listener of listeners) if (listener.topics.includes(topic)) listener.onMessage();
}

/** Opens the stream in this tab; `relay` passes what it hears to the other tabs. */
function openStream(relay: (message: Relay) => void): EventSource {
  const stream = new EventSource("/api/v1/stream");
  stream.addEventListener("ready", () => {
    ready();
    relay({ kind: "ready" });
  });
  stream.onerror = () => {
    setLive(false);
    relay({ kind: "down" });
  };
  for (const topic of TOPICS) {
    stream.addEventListener(topic, () => {
      announce(topic);
      relay({ kind: "topic", topic });
    });
  }
  return stream;
}

function start(): () => void {
  if (typeof navigator === "undefined" || !navigator.locks || typeof BroadcastChannel === "undefined") {
    const stream = openStream(() => {});
    return () => stream.close();
  }
  const channel = new BroadcastChannel(LOCK_NAME);
  const quit = new AbortController();
  let stream: EventSource | null = null;
  channel.onmessage = (message: MessageEvent<Relay>) => {
    const relay = message.data;
    if (relay.kind === "hello") {
      // A tab that just joined: tell it the stream is up, so it stops polling.
      if (stream && live) channel.postMessage({ kind: "ready" } satisfies Relay);
    } else if (relay.kind === "ready") ready();
    else if (relay.kind === "down") setLive(false);
    else announce(relay.topic);
  };
  channel.postMessage({ kind: "hello" } satisfies Relay);
  // Waits in line for the lock; holds it (and the stream) until this tab has no live view left.
  navigator.locks
    .request(LOCK_NAME, { signal: quit.signal }, () => {
      stream = openStream((message) => channel.postMessage(message));
      return new Promise<void>((release) => quit.signal.addEventListener("abort", () => release()));
    })
    .catch(() => {
      // Aborted while waiting in line: nothing was held.
    });
  return () => {
    // The tabs still open hear nothing until the next one in line has its own stream up: they poll meanwhile.
    if (stream) channel.postMessage({ kind: "down" } satisfies Relay);
    stream?.close();
    stream = null;
    quit.abort();
    channel.close();
  };
}

function addListener(listener: Listener): () => void {
  listeners.add(listener);
  stop ??= start();
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    stop?.();
    stop = null;
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
