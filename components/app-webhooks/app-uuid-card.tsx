"use client";
import { Card, CardBody, CardHeader } from "../ui/card";
import { CodeBlock, CopyButton } from "../ui/code-block";

const registerExample = `curl -X POST "$SWITCHBOARD_URL/app/webhooks" \\
  -H "Authorization: Bearer $SWITCHBOARD_TOKEN" \\
  -H "Content-Type: application/json" \\
  -d '{"action":"exampleListener","props":{"userId":1}}'`;

/** The app uuid (this workspace's id) that every trigger URL starts with. */
export function AppUuidCard({ appUuid }: { appUuid: string }) {
  return (
    <Card>
      <CardHeader
        title="App"
        description="Apps register webhooks with an API token, then trigger them at /apps/{app uuid}/webhooks/{webhook uuid} (also served under /api/)."
      />
      <CardBody className="space-y-4">
        <div>
          <p className="mb-1 text-xs font-medium tracking-wide text-slate-500 uppercase">App uuid</p>
          <div className="always-dark flex flex-col items-start gap-2 rounded-lg bg-slate-900 p-3 sm:flex-row sm:items-center">
            <code data-testid="app-uuid" className="w-full min-w-0 flex-1 font-mono text-xs break-all text-slate-100">
              {appUuid}
            </code>
            <CopyButton value={appUuid} label="Copy app uuid" />
          </div>
        </div>
        <CodeBlock label="Register a webhook (API token, admin)" code={registerExample} />
      </CardBody>
    </Card>
  );
}
