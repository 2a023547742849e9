// /deliveries — every delivery with live status counts, URL-kept filters, and bulk recovery for admins.
import type { Metadata } from "next";
import { Suspense } from "react";
import { DeliveriesView } from "@/components/deliveries/deliveries-view";

export const metadata: Metadata = { title: "Deliveries" };

export default function DeliveriesPage() {
  // The view reads its filters from the URL (useSearchParams), which needs a Suspense boundary.
  return (
    <Suspense>
      <DeliveriesView />
    </Suspense>
  );
}
