"use client";
import Link from "next/link";
import { PageHeader } from "../shell/page-header";
import { useCanWrite } from "../shell/viewer-context";
import { Card } from "../ui/card";
import { TableMessage } from "../ui/table-states";
import { ConnectorForm } from "./connector-form";
import { useConnector } from "./use-connector";
import { ResourceState } from "../ui/resource-state";
import { BackLink } from "../ui/back-link";

export function EditConnector({ id }: { id: string }) {
  const connector = useConnector(id);
  const canWrite = useCanWrite();

  if (!canWrite) {
    return (
      <Card>
        <TableMessage>
          Viewers cannot change connectors.{" "}
          <Link href={`/connectors/${id}`} className="font-medium text-indigo-700 underline">
            View it
          </Link>
        </TableMessage>
      </Card>
    );
  }
  if (!connector.data)
    return <ResourceState query={connector} noun="connector" back={{ href: "/connectors", label: "connectors" }} />;

  return (
    <>
      <BackLink href={`/connectors/${id}`}>{connector.data.name}</BackLink>
      <PageHeader title={`Edit ${connector.data.name}`} />
      {/* Keyed by the saved version so a refetch after saving starts the form from the new values. */}
      <ConnectorForm key={connector.data.updatedAt} connector={connector.data} />
    </>
  );
}
