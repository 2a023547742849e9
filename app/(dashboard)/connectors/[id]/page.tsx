// /connectors/{id} — every signed-in user: Overview, Execute, History and Events tabs (?tab= opens one).
import type { Metadata } from "next";
import { ConnectorDetail } from "@/components/connectors/connector-detail";

export const metadata: Metadata = { title: "Connector" };

export default async function ConnectorPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ tab?: string }>;
}) {
  const [{ id }, { tab }] = await Promise.all([params, searchParams]);
  return <ConnectorDetail id={id} tab={tab} />;
}
