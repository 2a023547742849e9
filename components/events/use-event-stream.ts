"use client";
// Live events: listens to /api/v1/stream (Server-Sent Events fed by PostgreSQL LISTEN/NOTIFY, so events received
// by any process show up) and refreshes the event lists when one arrives. EventSource reconnects by itself.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { eventKeys } from "../event-log/event-keys";

/** Bursts of events refresh the list once. */
const REFRESH_DEBOUNCE_MS = 300;

export function useEventStream(): { live: boolean } {
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);

  useEffect(() => {
    const source = new EventSource("/api/v1/stream");
    let timer: ReturnType<typeof setTimeout> | null = null;
    // Each (re)connect refreshes the lists: an event that arrived before the stream was listening (between the
    // list's first fetch and this open, or during a reconnect) sends no message of its own.
    source.onopen = () => {
      setLive(true);
      void queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    };
    source.onerror = () => setLive(false);
    source.addEventListener("event", () => {
      timer ??= setTimeout(() => {
        timer = null;
        void queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
      }, REFRESH_DEBOUNCE_MS);
    });
    return () => {
      if (timer) clearTimeout(timer);
      source.close();
    };
  }, [queryClient]);

  return { live };
}
