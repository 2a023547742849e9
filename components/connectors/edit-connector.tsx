"use client";
import Link from "next/link";
import { PageHeader } from "../shell/page-header";
import { useCanWrite } from "../shell/viewer-context";
import { Card } from "../ui/card";
import { TableMessage } from "../ui/table-states";
import { ConnectorForm } from "./connector-form";
import { useConnector } from "./use-connector";
import { ResourceState } from "../ui/resource-state";

export function EditConnector({ id }: { id: string }) {
  const connector = useConnector(id);
  const canWrite = useCanWrite();

  if (!canWrite) {
    return (
      <Card>
        <TableMessage>
          Viewers cannot change connectors. <Link href={`/connectors/${id}`} className="font-medium text-indigo-700 underline">View it</Link>
        </TableMessage>
      </Card>
    );
  }
  if (!connector.data) return <ResourceState query={connector} noun="connector" back={{ href: "/connectors", label: "connectors" }} />;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={`/connectors/${id}`} className="text-slate-500 hover:text-slate-800">
          ← {connector.data.name}
        </Link>
      </nav>
      <PageHeader title={`Edit ${connector.data.name}`} />
      {/* Keyed by the saved version so a refetch after saving starts the form from the new values. */}
      <ConnectorForm key={connector.data.updatedAt} connector={connector.data} />
    </>
  );
}
