"use client";
import Link from "next/link";
import { PageHeader } from "../shell/page-header";
import { useCanWrite } from "../shell/viewer-context";
import { Card } from "../ui/card";
import { TableMessage } from "../ui/table-states";
import { ConnectorForm } from "./connector-form";

export function NewConnector() {
  const canWrite = useCanWrite();
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/connectors" className="text-slate-500 hover:text-slate-800">
          ← Connectors
        </Link>
      </nav>
      <PageHeader title="New connector" description="An HTTP call to an external system. Test it before anything depends on it." />
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
