import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { ButtonLink } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import { EmptyState } from "@/components/ui/empty-state";
import { SendIcon } from "@/components/ui/icons";

export const metadata: Metadata = { title: "Deliveries" };

const example = `curl "$SWITCHBOARD_URL/api/v1/deliveries?status=failed" \\
  -H "Authorization: Bearer $SWITCHBOARD_TOKEN"`;

export default function DeliveriesPage() {
  return (
    <>
      <PageHeader title="Deliveries" description="Each call owed to a connector, with every attempt's request and response." />
      <EmptyState
        icon={<SendIcon />}
        title="No deliveries yet"
        description="A delivery is one call owed to a connector. Each attempt keeps its request, response, duration and error; failures retry on a schedule (5 s, 5 min, 30 min, 2 h \u2026) and can be retried by hand. Deliveries appear when an event reaches a subscribed connector."
        actions={
          <ButtonLink href="/docs/api" variant="secondary">
            Read the API docs
          </ButtonLink>
        }
      >
        <CodeBlock label="List failed deliveries" code={example} />
      </EmptyState>
    </>
  );
}
