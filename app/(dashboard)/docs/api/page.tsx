import type { Metadata } from "next";
import { EndpointList } from "@/components/docs/endpoint-list";
import { PageHeader } from "@/components/shell/page-header";
import { CodeBlock } from "@/components/ui/code-block";
import { EmptyState } from "@/components/ui/empty-state";
import { BookIcon } from "@/components/ui/icons";

export const metadata: Metadata = { title: "API docs" };

const example = `curl "$SWITCHBOARD_URL/api/v1/me" \\
  -H "Authorization: Bearer $SWITCHBOARD_TOKEN"`;

export default function ApiDocsPage() {
  return (
    <>
      <PageHeader
        title="API reference"
        description="JSON over HTTP under /api/v1. Authenticate with your session cookie or Authorization: Bearer <API token> (Settings → API tokens). Errors always read { error: { code, message, details } }."
      />
      <div className="space-y-8">
        <CodeBlock label="Check a token" code={example} />
        <EndpointList />
        <EmptyState
          icon={<BookIcon />}
          title="Full reference coming with the OpenAPI document"
          description="The OpenAPI 3.1 document at /api/v1/openapi.json, generated from the same schemas the API validates with, will render here with every route, field and error."
        />
      </div>
    </>
  );
}
