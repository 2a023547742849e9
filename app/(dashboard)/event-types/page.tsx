import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { ButtonLink } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import { EmptyState } from "@/components/ui/empty-state";
import { TagIcon } from "@/components/ui/icons";

export const metadata: Metadata = { title: "Event types" };

const example = `curl -X POST "$SWITCHBOARD_URL/api/v1/event-types" \\
  -H "Authorization: Bearer $SWITCHBOARD_TOKEN" \\
  -H "Content-Type: application/json" \\
  -d '{"key":"lead.created","description":"A new lead from a landing page"}'`;

export default function EventTypesPage() {
  return (
    <>
      <PageHeader title="Event types" description="The kinds of events you publish, such as lead.created or order.paid." />
      <EmptyState
        icon={<TagIcon />}
        title="No event types yet"
        description="An event type names a kind of event (lead.created, order.paid) with an optional description and sample payload. Connectors subscribe to event types; every event published with that type becomes a delivery to each subscriber."
        actions={
          <ButtonLink href="/docs/api" variant="secondary">
            Read the API docs
          </ButtonLink>
        }
      >
        <CodeBlock label="Create an event type" code={example} />
      </EmptyState>
    </>
  );
}
