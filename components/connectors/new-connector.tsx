"use client";
import { PageHeader } from "../shell/page-header";
import { useCanWrite } from "../shell/viewer-context";
import { Card } from "../ui/card";
import { TableMessage } from "../ui/table-states";
import { ConnectorForm } from "./connector-form";
import { BackLink } from "../ui/back-link";

export function NewConnector() {
  const canWrite = useCanWrite();
  return (
    <>
      <BackLink href="/connectors">Connectors</BackLink>
      <PageHeader
        title="New connector"
        description="An HTTP call to an external system. Test it before anything depends on it."
      />
      {canWrite ? (
        <ConnectorForm />
      ) : (
        <Card>
          <TableMessage>Viewers cannot create connectors.</TableMessage>
        </Card>
      )}
    </>
  );
}
