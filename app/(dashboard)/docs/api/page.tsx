// GET /docs/api — signed-in viewers and admins: the OpenAPI reference rendered in the dashboard (no CDN), with its
// examples on the origin the reader reaches Switchboard at and a "Try it" form on each operation.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { requirePrincipal } from "@/app/_server/current-principal";
import { ApiReference } from "@/components/docs/api-reference";
import { PageHeader } from "@/components/shell/page-header";
import { CodeBlock } from "@/components/ui/code-block";
import { buildOpenApiDocument } from "@/lib/openapi/build-document";
import { workspacePublicBaseUrl } from "@/lib/workspaces/public-url";

export const metadata: Metadata = { title: "API docs" };

/** The origin this page was requested at, for when no public URL is configured. */
async function requestOrigin(): Promise<string | null> {
  const requestHeaders = await headers();
  const host = requestHeaders.get("host");
  if (!host) return null;
  const protocol = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${protocol}://${host}`;
}

export default async function ApiDocsPage() {
  const principal = await requirePrincipal();
  const origin = await workspacePublicBaseUrl(principal.workspaceId, await requestOrigin());
  const document = buildOpenApiDocument(origin);
  const example = `export SWITCHBOARD_URL=${origin}
export SWITCHBOARD_TOKEN=sb_…   # Settings → API tokens
curl "$SWITCHBOARD_URL/api/v1/me" -H "Authorization: Bearer $SWITCHBOARD_TOKEN"`;
  return (
    <>
      <PageHeader
        title="API reference"
        description="JSON over HTTP under /api/v1. Authenticate with your session cookie or Authorization: Bearer <API token>. Errors read { error: { code, message, details } }."
      />
      <div className="space-y-8">
        <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
          <a href="/api/v1/openapi.json" className="font-medium text-indigo-700 hover:text-indigo-900">
            OpenAPI 3.1 document (JSON)
          </a>
          <span aria-hidden>·</span>
          <span>
            {Object.values(document.paths).reduce((count, methods) => count + Object.keys(methods).length, 0)}{" "}
            operations
          </span>
        </div>
        <CodeBlock label="Try it from a shell" code={example} />
        <ApiReference document={document} />
      </div>
    </>
  );
}
