import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { ButtonLink } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import { EmptyState } from "@/components/ui/empty-state";
import { InboxIcon } from "@/components/ui/icons";

export const metadata: Metadata = { title: "Events" };

const example = `curl -X POST "$SWITCHBOARD_URL/api/v1/events" \\
  -H "Authorization: Bearer $SWITCHBOARD_TOKEN" \\
  -H "Idempotency-Key: lead-42" \\
  -H "Content-Type: application/json" \\
  -d '{"type":"lead.created","payload":{"email":"ada@example.com"}}'`;

export default function EventsPage() {
  return (
    <>
      <PageHeader title="Events" description="Everything that reached Switchboard, stored before anything is delivered." />
      <EmptyState
        icon={<InboxIcon />}
        title="No events received yet"
        description="Every request that reaches Switchboard (published through the API, posted to a trigger URL or sent by an app webhook) is stored here first with its headers and body. Publish one to see it."
        actions={
          <ButtonLink href="/docs/api" variant="secondary">
            Read the API docs
          </ButtonLink>
        }
      >
        <CodeBlock label="Publish an event" code={example} />
      </EmptyState>
    </>
  );
}
