// /connectors/new — admins: the create form (viewers are told they cannot create).
import type { Metadata } from "next";
import { NewConnector } from "@/components/connectors/new-connector";

export const metadata: Metadata = { title: "New connector" };

export default function NewConnectorPage() {
  return <NewConnector />;
}
