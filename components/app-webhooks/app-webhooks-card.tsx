"use client";
// The app webhooks of this workspace: uuid, action (and whether a listener answers to it), props, how often and
// when last it was triggered (live, with a link to its events), created, and the trigger URL to copy, with a cURL
// example per webhook. The uuid is the URL's credential: viewers get it masked
// from the API; admins see it masked until they choose to show it.
import Link from "next/link";
import { useState } from "react";
import { SECRET_MASK } from "@/lib/crypto/secret-mask";
import { showServerError } from "../forms/show-server-error";
import { useCanWrite } from "../shell/viewer-context";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card, CardHeader } from "../ui/card";
import { CodeBlock, CopyButton } from "../ui/code-block";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Dialog } from "../ui/dialog";
import { RelativeTime } from "../ui/relative-time";
import { ResponsiveList } from "../ui/responsive-list";
import { TableMessage } from "../ui/table-states";
import { toast } from "../ui/toast";
import { CreateAppWebhookDialog } from "./create-app-webhook-dialog";
import { triggerCurl } from "./curl-example";
import type { AppWebhookDto } from "./types";
import { useAppWebhooks } from "./use-app-webhooks";
import { useDeleteAppWebhook } from "./use-delete-app-webhook";

export function AppWebhooksCard() {
  const canWrite = useCanWrite();
  const webhooks = useAppWebhooks();
  const remove = useDeleteAppWebhook();
  const [creating, setCreating] = useState(false);
  const [example, setExample] = useState<AppWebhookDto | null>(null);
  const [deleting, setDeleting] = useState<AppWebhookDto | null>(null);

  return (
    <Card>
      <CardHeader
        title="Webhooks"
        description="Each webhook's uuid is the credential in its trigger URL: anyone with the URL can trigger it, so share it like a password."
        actions={canWrite && <Button onClick={() => setCreating(true)}>New app webhook</Button>}
      />
      {webhooks.isPending ? (
        <TableMessage>Loading app webhooks…</TableMessage>
      ) : webhooks.isError ? (
        <TableMessage tone="error">Could not load app webhooks: {webhooks.error.message}</TableMessage>
      ) : webhooks.data.length === 0 ? (
        <div className="px-5 py-10 text-center">
          <h3 className="text-base font-semibold text-slate-900">No app webhooks yet</h3>
          <p className="mx-auto mt-1 max-w-lg text-sm text-slate-600">
            An app registers one with POST /app/webhooks {"{action, props}"} and triggers it later with any body, which
            its listener receives as {"{{event}}"}.
          </p>
        </div>
      ) : (
        <ResponsiveList
          label="App webhooks"
          rows={webhooks.data}
          rowKey={rowKey}
          breakpoint="md"
          cardClassName="space-y-2 py-4"
          rowClassName="align-top"
          cardTestId="app-webhook-card"
          rowTestId="app-webhook-row"
          card={(webhook) => (
            <>
              <div className="flex items-center justify-between gap-3">
                <span className="min-w-0 truncate font-mono text-sm font-medium text-slate-900">{webhook.action}</span>
                <ListenerNote webhook={webhook} />
              </div>
              <code className="block font-mono text-xs break-all text-slate-600">{JSON.stringify(webhook.props)}</code>
              <TriggerUrl webhook={webhook} />
              <Triggered webhook={webhook} />
              <div className="flex items-center justify-between gap-2 text-xs text-slate-500">
                <RelativeTime value={webhook.createdAt} />
                <RowActions webhook={webhook} canWrite={canWrite} onExample={setExample} onDelete={setDeleting} />
              </div>
            </>
          )}
          columns={[
            {
              id: "action",
              header: "Action",
              cell: (webhook) => (
                <>
                  <p className="font-mono text-sm font-medium text-slate-900">{webhook.action}</p>
                  <div className="mt-1">
                    <ListenerNote webhook={webhook} />
                  </div>
                </>
              ),
            },
            {
              id: "props",
              header: "Props",
              cell: (webhook) => (
                <code
                  className="block max-w-40 truncate font-mono text-xs text-slate-600"
                  title={JSON.stringify(webhook.props)}
                >
                  {JSON.stringify(webhook.props)}
                </code>
              ),
            },
            {
              id: "url",
              header: "Trigger URL",
              // A table cell ignores max-width: the caps sit on blocks inside the cells, or the row pushes Delete
              // out of the card at 1440 px.
              cell: (webhook) => (
                <div className="max-w-64">
                  <TriggerUrl webhook={webhook} />
                </div>
              ),
            },
            {
              // One column for both times, so the table still fits beside the sidebar at 1440 px.
              id: "activity",
              header: "Triggered",
              cell: (webhook) => (
                <>
                  <Triggered webhook={webhook} />
                  <p className="mt-1 text-xs text-slate-500">
                    Created <RelativeTime value={webhook.createdAt} />
                  </p>
                </>
              ),
            },
            {
              id: "row-actions",
              header: <span className="sr-only">Actions</span>,
              className: "text-right",
              cell: (webhook) => (
                <RowActions webhook={webhook} canWrite={canWrite} onExample={setExample} onDelete={setDeleting} />
              ),
            },
          ]}
        />
      )}
      <CreateAppWebhookDialog open={creating} onClose={() => setCreating(false)} />
      <Dialog
        open={example !== null}
        onClose={() => setExample(null)}
        title="Trigger this webhook"
        description="The body arrives at the listener as {{event}}; the webhook's props as {{props}}."
        className="max-w-2xl"
        footer={<Button onClick={() => setExample(null)}>Close</Button>}
      >
        {example && <CodeBlock label="cURL" code={triggerCurl(example.triggerUrl)} />}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete app webhook?"
        description="Its trigger URL answers 404 from now on. Events it already stored stay."
        confirmLabel="Delete webhook"
        pending={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.uuid, {
            onSuccess: () => {
              toast.success("App webhook deleted");
              setDeleting(null);
            },
            onError: (error) => showServerError(error),
          })
        }
      />
    </Card>
  );
}

const isMasked = (webhook: AppWebhookDto) => webhook.uuid === SECRET_MASK;
/** Masked rows all share one uuid, so they are told apart by position. */
const rowKey = (webhook: AppWebhookDto, index: number) => (isMasked(webhook) ? `masked-${index}` : webhook.uuid);

function TriggerUrl({ webhook }: { webhook: AppWebhookDto }) {
  const [shown, setShown] = useState(false);
  const masked = isMasked(webhook);
  const url = shown || masked ? webhook.triggerUrl : webhook.triggerUrl.replace(webhook.uuid, SECRET_MASK);
  return (
    <div className="always-dark flex items-center gap-2 rounded-md bg-slate-900 py-1 pr-1 pl-2.5">
      <code
        className="min-w-0 flex-1 truncate font-mono text-xs text-slate-100"
        title={url}
        data-testid="app-webhook-url"
      >
        {url}
      </code>
      {!masked && (
        <>
          <Button
            size="sm"
            variant="ghost"
            className="text-slate-300 hover:text-white"
            onClick={() => setShown(!shown)}
          >
            {shown ? "Hide" : "Show"}
          </Button>
          <CopyButton value={webhook.triggerUrl} label="Copy URL" />
        </>
      )}
    </div>
  );
}

/**
 * How many requests it stored and when the last came, linking to them on the Events page. Viewers see masked ids,
 * so their link lists every app webhook's events instead.
 */
function Triggered({ webhook }: { webhook: AppWebhookDto }) {
  const count = webhook.eventCount;
  const href = isMasked(webhook) ? "/events?source=app_webhook" : `/events?appWebhookId=${webhook.uuid}`;
  return (
    <div className="text-xs whitespace-nowrap text-slate-500" data-testid="app-webhook-triggered">
      {count === 0 ? (
        "Never triggered"
      ) : (
        <>
          <Link href={href} className="font-medium text-indigo-700 hover:underline">
            {count === 1 ? "1 event" : `${count.toLocaleString()} events`}
          </Link>
          {" · last "}
          <RelativeTime value={webhook.lastTriggeredAt} />
        </>
      )}
    </div>
  );
}

function ListenerNote({ webhook }: { webhook: AppWebhookDto }) {
  if (!webhook.listener) return <Badge tone="amber">No listener</Badge>;
  const count = webhook.listener.actions;
  return <span className="text-xs text-slate-500">{count === 1 ? "1 connector" : `${count} connectors`}</span>;
}

interface RowActionsProps {
  webhook: AppWebhookDto;
  canWrite: boolean;
  onExample: (webhook: AppWebhookDto) => void;
  onDelete: (webhook: AppWebhookDto) => void;
}

function RowActions({ webhook, canWrite, onExample, onDelete }: RowActionsProps) {
  return (
    <div className="flex justify-end gap-1">
      {!isMasked(webhook) && (
        <Button size="sm" variant="ghost" onClick={() => onExample(webhook)}>
          cURL
        </Button>
      )}
      {canWrite && (
        <Button
          size="sm"
          variant="danger-ghost"
          onClick={() => onDelete(webhook)}
          aria-label={`Delete app webhook ${webhook.action}`}
        >
          Delete
        </Button>
      )}
    </div>
  );
}
