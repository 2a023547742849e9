// /deliveries/{id} — one delivery with its event, connector, attempts, and retry/cancel for admins.
import type { Metadata } from "next";
import { DeliveryDetailView } from "@/components/deliveries/delivery-detail";

export const metadata: Metadata = { title: "Delivery" };

export default async function DeliveryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <DeliveryDetailView id={id} />;
}
