// /events/{id} — one event: metadata, headers, raw and parsed body, query, the answer, and its deliveries.
import type { Metadata } from "next";
import { EventDetailView } from "@/components/events/event-detail";

export const metadata: Metadata = { title: "Event" };

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <EventDetailView id={id} />;
}
