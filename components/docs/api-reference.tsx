"use client";
// The OpenAPI document rendered in the dashboard: operations grouped by tag, with an index to jump between groups.
// A client component: the document travels once as data and each operation renders its body when opened.
import type { OpenApiDocument } from "@/lib/openapi/build-document";
import { OperationCard, type DocumentedOperation } from "./operation-card";
import type { SchemaComponents } from "./schema-view";

const slug = (tag: string) => tag.toLowerCase().replace(/[^a-z0-9]+/g, "-");

export function ApiReference({ document }: { document: OpenApiDocument }) {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      ...(operation as Omit<DocumentedOperation, "method" | "path"> & { tags: string[] }),
      method,
      path,
    })),
  );
  return (
    <div className="space-y-8">
      <nav aria-label="API sections" className="flex flex-wrap gap-2">
        {document.tags.map((tag) => (
          <a
            key={tag.name}
            href={`#${slug(tag.name)}`}
            className="rounded-full bg-surface px-3 py-1 text-xs font-medium text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50"
          >
            {tag.name}
          </a>
        ))}
      </nav>
      {document.tags.map((tag) => (
        <section
          key={tag.name}
          id={slug(tag.name)}
          aria-labelledby={`${slug(tag.name)}-title`}
          className="scroll-mt-20 space-y-2"
        >
          <h2 id={`${slug(tag.name)}-title`} className="text-lg font-semibold text-slate-900">
            {tag.name}
          </h2>
          {operations
            .filter((operation) => operation.tags[0] === tag.name)
            .map((operation) => (
              <OperationCard
                key={`${operation.method} ${operation.path}`}
                operation={operation}
                components={document.components.schemas as SchemaComponents}
              />
            ))}
        </section>
      ))}
    </div>
  );
}
