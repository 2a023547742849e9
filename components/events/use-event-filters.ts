"use client";
import { localToIso } from "../forms/datetime-local";
import { useUrlFilters } from "../forms/use-url-filters";
import { EVENT_SOURCES, type EventFilters, type EventSource } from "../event-log/events-api";

const FILTER_NAMES = ["source", "type", "from", "to", "triggerId", "appWebhookId", "outcome", "q"] as const;
export type EventFilterName = (typeof FILTER_NAMES)[number];

const isSource = (value: string): value is EventSource => (EVENT_SOURCES as readonly string[]).includes(value);

export function useEventFilters() {
  const url = useUrlFilters(FILTER_NAMES);
  const { values } = url;
  const filters: EventFilters = {
    source: isSource(values.source) ? values.source : undefined,
    type: values.type || undefined,
    triggerId: values.triggerId || undefined,
    appWebhookId: values.appWebhookId || undefined,
    outcome: values.outcome === "accepted" || values.outcome === "refused" ? values.outcome : undefined,
    from: localToIso(values.from),
    to: localToIso(values.to),
    q: values.q.trim() || undefined,
  };
  return { ...url, filters };
}
