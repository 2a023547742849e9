"use client";
// "Help receivers verify": beside the signing secret, the headers a signed delivery carries and ready-to-paste
// receiver code per language. The snippets read the secret from SWITCHBOARD_SECRET; none of them contains it.
import { CodeBlock } from "../ui/code-block";
import { Tabs } from "../ui/tabs";
import { SIGNATURE_HEADERS, verificationSnippets } from "./verification-snippets";

export function VerificationSnippets() {
  return (
    <div className="space-y-3" data-testid="verification-snippets">
      <div>
        <h3 className="text-sm font-semibold text-slate-900">Verify deliveries in your receiver</h3>
        <p className="mt-1 text-sm text-slate-600">
          Every delivery carries{" "}
          {SIGNATURE_HEADERS.map((name, index) => (
            <span key={name}>
              {index > 0 && (index === SIGNATURE_HEADERS.length - 1 ? " and " : ", ")}
              <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-xs text-slate-800">{name}</code>
            </span>
          ))}
          : an HMAC-SHA256 of <code className="font-mono text-xs">id.timestamp.body</code>. Set{" "}
          <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-xs text-slate-800">SWITCHBOARD_SECRET</code>{" "}
          to the secret above in your receiver&apos;s environment.
        </p>
      </div>
      <Tabs
        label="Verification snippet language"
        items={verificationSnippets.map((snippet) => ({
          id: snippet.id,
          label: snippet.label,
          content: <CodeBlock label={snippet.library} code={snippet.code} className="-mt-3 [tab-size:4]" />,
        }))}
      />
    </div>
  );
}
