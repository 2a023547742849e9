"use client";
// "Help receivers verify": beside the signing secret, the headers a signed delivery carries and ready-to-paste
// receiver code per language. The snippets read the secret from SWITCHBOARD_SECRET; none of them contains it.
import { CodeBlock } from "../ui/code-block";
import { Tabs } from "../ui/tabs";
import { SIGNATURE_HEADERS, verificationSnippets } from "./verification-snippets";

export function VerificationSnippets() {
  return (
    <div className="space-y-3" data-testid="verification-snippets">
      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-slate-900">Verify deliveries in your receiver</h3>
        <p className="text-sm text-slate-600">Every delivery carries these headers (their names are not secret):</p>
        <ul className="flex flex-wrap gap-2" aria-label="Signature headers">
          {SIGNATURE_HEADERS.map((name) => (
            <li
              key={name}
              className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs whitespace-nowrap text-slate-800"
            >
              {name}
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-600">
          The signature is a base64 HMAC-SHA256 of{" "}
          <code className="font-mono text-xs whitespace-nowrap">id.timestamp.body</code> under the secret above. The
          snippets read it from <code className="font-mono text-xs whitespace-nowrap">SWITCHBOARD_SECRET</code> in your
          receiver&apos;s environment.
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
