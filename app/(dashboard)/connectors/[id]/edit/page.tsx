// /connectors/{id}/edit — admins: the edit form, secrets masked with Replace / Reveal.
import type { Metadata } from "next";
import { EditConnector } from "@/components/connectors/edit-connector";

export const metadata: Metadata = { title: "Edit connector" };

export default async function EditConnectorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <EditConnector id={id} />;
}
