import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { ButtonLink } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import { EmptyState } from "@/components/ui/empty-state";
import { ZapIcon } from "@/components/ui/icons";

export const metadata: Metadata = { title: "Triggers" };

const example = `curl -X POST "$SWITCHBOARD_URL/api/webhook/default/new-lead?key=$TRIGGER_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"email":"ada@example.com"}'`;

export default function TriggersPage() {
  return (
    <>
      <PageHeader title="Triggers" description="Inbound webhook URLs that external systems post to." />
      <EmptyState
        icon={<ZapIcon />}
        title="No triggers yet"
        description="A trigger is an inbound URL such as /api/webhook/default/new-lead, protected by a shared key or a signature (GitHub, Stripe, Slack, Standard Webhooks). Each request is stored as an event and runs the trigger's actions on your connectors."
        actions={
          <ButtonLink href="/docs/api" variant="secondary">
            Read the API docs
          </ButtonLink>
        }
      >
        <CodeBlock label="Call a trigger" code={example} />
      </EmptyState>
    </>
  );
}
