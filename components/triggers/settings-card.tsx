import Link from "next/link";
import { Badge } from "../ui/badge";
import { Card, CardBody, CardHeader } from "../ui/card";
import { DescriptionList } from "../ui/description-list";
import { formatBytes } from "../ui/format-bytes";
import { authPresets } from "./auth-presets";
import type { TriggerDto } from "./types";

const windowLabel = (ms: number) =>
  ms === 1000
    ? "second"
    : ms % 3_600_000 === 0
      ? `${ms / 3_600_000} h`
      : ms % 60_000 === 0
        ? `${ms / 60_000} min`
        : `${ms / 1000} s`;

export function SettingsCard({ trigger }: { trigger: TriggerDto }) {
  return (
    <Card>
      <CardHeader title="Settings" />
      <CardBody className="space-y-6">
        <DescriptionList
          items={[
            { term: "Authentication", value: authPresets[trigger.authType].label },
            { term: "Allowed methods", value: trigger.allowedMethods.join(", ") },
            { term: "Header variable", value: <code className="font-mono">{`{{${trigger.headerVariable}}}`}</code> },
            { term: "Body variable", value: <code className="font-mono">{`{{${trigger.bodyVariable}}}`}</code> },
            { term: "Max body size", value: formatBytes(trigger.maxBodyBytes) },
            {
              term: "Rate limit",
              value: trigger.rateLimit
                ? `${trigger.rateLimit.count} per ${windowLabel(trigger.rateLimit.windowMs)}`
                : "Off",
            },
          ]}
        />
        <div>
          <h3 className="text-xs font-medium tracking-wide text-slate-500 uppercase">Actions</h3>
          {trigger.actions.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">None: requests are stored as events only.</p>
          ) : (
            <ol className="mt-2 space-y-3">
              {trigger.actions.map((action, index) => (
                <li key={action.id} className="rounded-md p-3 text-sm ring-1 ring-slate-200">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="text-slate-500">{index + 1}.</span>
                    <Link
                      href={`/connectors/${action.connectorId}`}
                      className="font-medium text-indigo-700 hover:underline"
                    >
                      {action.connectorName}
                    </Link>
                    {!action.connectorEnabled && <Badge tone="amber">Connector disabled: skipped</Badge>}
                  </div>
                  {/* The template wraps like the other text bodies; the sentence for "none" is prose, not code (in
                      a scrolling <pre> a phone cut it mid-word). */}
                  {action.bodyTemplate ? (
                    <pre
                      data-testid="action-body"
                      className="mt-2 rounded bg-slate-50 px-3 py-2 font-mono text-xs wrap-anywhere whitespace-pre-wrap text-slate-700"
                    >
                      {action.bodyTemplate}
                    </pre>
                  ) : (
                    <p data-testid="action-body" className="mt-2 text-xs text-slate-500">
                      Connector&apos;s own body template (none: the received body, byte for byte)
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </div>
      </CardBody>
    </Card>
  );
}
