// /connectors — every signed-in user: the connector list with search and filters kept in the URL.
import type { Metadata } from "next";
import { Suspense } from "react";
import { ConnectorsList } from "@/components/connectors/connectors-list";
import { NewConnectorButton } from "@/components/connectors/new-connector-button";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Connectors" };

export default function ConnectorsPage() {
  return (
    <>
      <PageHeader
        title="Connectors"
        description="Outbound HTTP calls to the systems you integrate with."
        actions={<NewConnectorButton />}
      />
      {/* useSearchParams needs a Suspense boundary above it. */}
      <Suspense>
        <ConnectorsList />
      </Suspense>
    </>
  );
}
