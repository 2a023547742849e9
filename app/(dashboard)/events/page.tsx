// /events — every published event and received request, newest first, live, with URL-kept filters.
import type { Metadata } from "next";
import { Suspense } from "react";
import { EventsView } from "@/components/events/events-view";

export const metadata: Metadata = { title: "Events" };

export default function EventsPage() {
  // The view reads its filters from the URL (useSearchParams), which needs a Suspense boundary.
  return (
    <Suspense>
      <EventsView />
    </Suspense>
  );
}
