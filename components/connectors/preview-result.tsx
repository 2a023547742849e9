// What Preview answers: the exact request (secrets redacted) or the variables the templates miss. Nothing was sent.
import { RequestView } from "./request-view";
import type { PreviewResponse } from "./types";

export function PreviewResult({ preview }: { preview: PreviewResponse }) {
  return (
    <div className="space-y-3" data-testid="preview-result">
      {preview.ok ? (
        <>
          <p className="text-sm text-slate-600">The exact request this would send. Nothing was sent.</p>
          <RequestView request={preview.request} />
        </>
      ) : (
        <p role="alert" className="rounded-md bg-red-50 px-4 py-3 text-sm text-red-900 ring-1 ring-red-200">
          Cannot render: {preview.message}. Such a delivery would be marked template_error and nothing sent.
        </p>
      )}
      <details className="text-xs text-slate-600">
        <summary className="cursor-pointer">Variables available ({preview.variables.length})</summary>
        <p className="mt-2 font-mono leading-5 break-all">
          {preview.variables.map((path) => `{{${path}}}`).join("  ")}
        </p>
      </details>
    </div>
  );
}
