"use client";
// Where callers post: the URL (key masked until an admin reveals it), and ready-to-paste examples, or for
// signature presets where the URL and secret go in the provider's settings.
import { useState } from "react";
import { showServerError } from "../forms/show-server-error";
import { Button } from "../ui/button";
import { Card, CardBody, CardHeader } from "../ui/card";
import { CodeBlock, CopyButton } from "../ui/code-block";
import { RelativeTime } from "../ui/relative-time";
import { Tabs } from "../ui/tabs";
import { authPresets } from "./auth-presets";
import { curlExample, fetchExample, KEY_MASK, pythonExample, urlWithKey } from "./caller-examples";
import type { RevealedTriggerKey, TriggerDto } from "./types";
import { useRevealTriggerKey } from "./use-reveal-trigger-key";

export function EndpointCard({ trigger, canWrite }: { trigger: TriggerDto; canWrite: boolean }) {
  const reveal = useRevealTriggerKey();
  const [revealed, setRevealed] = useState<RevealedTriggerKey | null>(null);
  const sharedKey = trigger.authType === "shared_key";
  const key = revealed?.secret ?? KEY_MASK;
  const shownUrl = sharedKey ? urlWithKey(trigger.url, key) : trigger.url;

  const onReveal = () =>
    reveal.mutate(trigger.id, {
      onSuccess: setRevealed,
      onError: (error) => showServerError(error),
    });

  return (
    <Card>
      <CardHeader
        title="Endpoint"
        description={
          sharedKey
            ? "Callers send the key as ?key=… or in the X-Switchboard-Key header."
            : authPresets[trigger.authType].help
        }
        actions={
          canWrite &&
          (revealed ? (
            <Button size="sm" variant="secondary" onClick={() => setRevealed(null)}>
              Hide {sharedKey ? "key" : "secret"}
            </Button>
          ) : (
            <Button size="sm" variant="secondary" loading={reveal.isPending} onClick={onReveal}>
              Reveal {sharedKey ? "key" : "secret"}
            </Button>
          ))
        }
      />
      <CardBody className="space-y-5">
        <div>
          <p className="mb-1 text-xs font-medium tracking-wide text-slate-500 uppercase">URL</p>
          {/* On a phone the button goes under the URL: beside it, the URL kept a third of the width and broke every
              few characters. */}
          <div className="always-dark flex flex-col items-start gap-2 rounded-lg bg-slate-900 p-3 sm:flex-row sm:items-center">
            <code
              data-testid="trigger-url"
              className="w-full min-w-0 flex-1 font-mono text-xs break-all text-slate-100"
            >
              {shownUrl}
            </code>
            {/* A masked key is no use in a clipboard: until revealed, copy the URL without it. */}
            <CopyButton
              value={revealed || !sharedKey ? shownUrl : trigger.url}
              label={revealed || !sharedKey ? "Copy URL" : "Copy URL (no key)"}
            />
          </div>
          <p className="mt-1.5 text-xs break-all text-slate-500">
            Also reachable by id: <code className="font-mono">{trigger.idUrl}</code>
          </p>
        </div>
        {revealed && !sharedKey && (
          <div>
            <p className="mb-1 text-xs font-medium tracking-wide text-slate-500 uppercase">Secret</p>
            <div className="always-dark flex flex-col items-start gap-2 rounded-lg bg-slate-900 p-3 sm:flex-row sm:items-center">
              <code className="w-full min-w-0 flex-1 font-mono text-xs break-all text-slate-100">
                {revealed.secret}
              </code>
              <CopyButton value={revealed.secret} label="Copy secret" />
            </div>
          </div>
        )}
        {revealed?.previousSecret && (
          <p className="text-xs text-amber-800">
            The previous {sharedKey ? "key" : "secret"} also works until it expires{" "}
            <RelativeTime value={revealed.previousSecretExpiresAt} />.
          </p>
        )}
        {sharedKey ? (
          <>
            {!revealed && (
              <p className="text-sm text-slate-600">
                Examples show the key as {KEY_MASK}: paste the key you copied when the trigger was created
                {canWrite ? ", or Reveal it to fill it in everywhere" : ""}.
              </p>
            )}
            <Tabs
              label="Caller examples"
              items={[
                { id: "curl", label: "cURL", content: <CodeBlock label="cURL" code={curlExample(trigger.url, key)} /> },
                {
                  id: "fetch",
                  label: "JavaScript",
                  content: <CodeBlock label="JavaScript fetch" code={fetchExample(trigger.url, key)} />,
                },
                {
                  id: "python",
                  label: "Python",
                  content: <CodeBlock label="Python requests" code={pythonExample(trigger.url, key)} />,
                },
              ]}
            />
          </>
        ) : (
          <div>
            <p className="text-sm font-medium text-slate-900">Set up {authPresets[trigger.authType].short}</p>
            <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm text-slate-600">
              {authPresets[trigger.authType].setup?.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <p className="mt-2 text-sm text-slate-600">
              The provider signs each request itself, so there is no call to paste: use Test trigger to send a signed
              sample.
            </p>
          </div>
        )}
      </CardBody>
    </Card>
  );
}
