// /event-types — event types: list, create, edit, archive, catalogue import and "Send test event".
import type { Metadata } from "next";
import { EventTypesView } from "@/components/event-types/event-types-view";

export const metadata: Metadata = { title: "Event types" };

export default function EventTypesPage() {
  return <EventTypesView />;
}
