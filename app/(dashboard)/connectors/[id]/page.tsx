// /connectors/{id} — every signed-in user: Overview, Execute, History and Events tabs; ?tab= names the open one.
import type { Metadata } from "next";
import { Suspense } from "react";
import { ConnectorDetail } from "@/components/connectors/connector-detail";

export const metadata: Metadata = { title: "Connector" };

export default async function ConnectorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // The tabs read ?tab= with useSearchParams, which needs a Suspense boundary above it.
  return (
    <Suspense>
      <ConnectorDetail id={id} />
    </Suspense>
  );
}
