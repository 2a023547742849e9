import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { ButtonLink } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import { EmptyState } from "@/components/ui/empty-state";
import { WebhookIcon } from "@/components/ui/icons";

export const metadata: Metadata = { title: "App webhooks" };

const example = `curl -X POST "$SWITCHBOARD_URL/api/app/webhooks" \\
  -H "Authorization: Bearer $SWITCHBOARD_TOKEN" \\
  -H "Content-Type: application/json" \\
  -d '{"action":"lead.created","props":{"userId":"42"}}'`;

export default function AppWebhooksPage() {
  return (
    <>
      <PageHeader title="App webhooks" description="Listeners registered by apps, linked to connectors." />
      <EmptyState
        icon={<WebhookIcon />}
        title="No app webhooks yet"
        description="An app registers a listener for an action with its props; when the app triggers it, Switchboard calls the connectors linked to that action with the request body as the event."
        actions={
          <ButtonLink href="/docs/api" variant="secondary">
            Read the API docs
          </ButtonLink>
        }
      >
        <CodeBlock label="Register an app webhook" code={example} />
      </EmptyState>
    </>
  );
}
