import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { ButtonLink } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import { EmptyState } from "@/components/ui/empty-state";
import { PlugIcon } from "@/components/ui/icons";

export const metadata: Metadata = { title: "Connectors" };

const example = `curl -X POST "$SWITCHBOARD_URL/api/v1/connectors" \\
  -H "Authorization: Bearer $SWITCHBOARD_TOKEN" \\
  -H "Content-Type: application/json" \\
  -d '{"name":"CRM","url":"https://crm.example.com/hooks","method":"POST"}'`;

export default function ConnectorsPage() {
  return (
    <>
      <PageHeader title="Connectors" description="Outbound HTTP calls to the systems you integrate with." />
      <EmptyState
        icon={<PlugIcon />}
        title="No connectors yet"
        description="A connector is an HTTP call to an external system: URL, method, headers, authentication and a body template with {{variables}}. Events, triggers and app webhooks deliver through connectors. Create the first one through the API; the form arrives here soon."
        actions={
          <ButtonLink href="/docs/api" variant="secondary">
            Read the API docs
          </ButtonLink>
        }
      >
        <CodeBlock label="Create a connector" code={example} />
      </EmptyState>
    </>
  );
}
