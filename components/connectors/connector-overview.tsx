"use client";
import type { ReactNode } from "react";
import { Badge } from "../ui/badge";
import { Card, CardBody, CardHeader } from "../ui/card";
import { RelativeTime } from "../ui/relative-time";
import { CodeBlock } from "../ui/code-block";
import { AlertIcon } from "../ui/icons";
import { authTypeLabels, bodyTypeLabels } from "./labels";
import { LastResult } from "./last-result";
import { SavedTestPanel } from "./saved-test-panel";
import type { ConnectorDto } from "./types";
import { LinkedMessage } from "../ui/linked-message";

export function ConnectorOverview({ connector, canWrite }: { connector: ConnectorDto; canWrite: boolean }) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        {!connector.enabled && (
          <div
            role="status"
            className="flex gap-3 rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200"
          >
            <AlertIcon className="size-5 shrink-0" />
            <p>
              <span className="font-semibold">Disabled.</span>{" "}
              {connector.disabledReason ?? "Turned off by an administrator."} Event deliveries are not sent until it is
              enabled again.
            </p>
          </div>
        )}
        <Card>
          <CardHeader title="Configuration" />
          <CardBody>
            <dl className="divide-y divide-slate-100 text-sm">
              <Row label="Request">
                <span className="flex min-w-0 items-start gap-2">
                  <Badge className="font-mono">{connector.method}</Badge>
                  <span className="font-mono text-xs break-all">{connector.url}</span>
                </span>
              </Row>
              <Row label="Authentication">
                <AuthSummary auth={connector.auth} />
              </Row>
              <Row label="Headers">
                <KeyValues items={connector.headers} />
              </Row>
              <Row label="Query parameters">
                <KeyValues items={connector.queryParams} />
              </Row>
              <Row label="Body">{bodyTypeLabels[connector.bodyType] ?? connector.bodyType}</Row>
              <Row label="Timeout">{connector.timeoutMs / 1000} s</Row>
              <Row label="Follow redirects">{connector.followRedirects ? "Yes, up to 5" : "No"}</Row>
              <Row label="Notify on failure">{connector.notifyOnFailure ? "Yes" : "No"}</Row>
              <Row label="Signing secret">{connector.hasSigningSecret ? "Set (see Events)" : "None"}</Row>
            </dl>
            {connector.bodyType !== "none" && connector.bodyTemplate && (
              <CodeBlock className="mt-4" label="Body template" code={connector.bodyTemplate} />
            )}
          </CardBody>
        </Card>
      </div>
      <div className="space-y-6">
        <Card>
          <CardHeader title="Last result" />
          <CardBody className="space-y-3 text-sm">
            <LastResult connector={connector} />
            <p className="text-slate-600">
              Last success: <RelativeTime value={connector.lastSuccessAt} />
            </p>
            {connector.lastError && (
              <div className="rounded-md bg-red-50 px-3 py-2 ring-1 ring-red-200">
                <p className="text-xs text-red-700">
                  <RelativeTime value={connector.lastError.date} />
                </p>
                <p className="font-medium break-words text-red-800">
                  <LinkedMessage text={connector.lastError.message} />
                </p>
              </div>
            )}
          </CardBody>
        </Card>
        {canWrite && (
          <Card>
            <CardHeader title="Test connection" />
            <CardBody>
              <SavedTestPanel connectorId={connector.id} />
            </CardBody>
          </Card>
        )}
      </div>
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2.5 sm:grid-cols-3 sm:gap-4">
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 text-slate-900 sm:col-span-2">{children}</dd>
    </div>
  );
}

function KeyValues({ items }: { items: { name: string; value: string }[] }) {
  if (items.length === 0) return <span className="text-slate-500">None</span>;
  return (
    <ul className="space-y-1 font-mono text-xs">
      {items.map((item) => (
        <li key={item.name} className="break-all">
          <span className="text-slate-500">{item.name}:</span> {item.value}
        </li>
      ))}
    </ul>
  );
}

function AuthSummary({ auth }: { auth: ConnectorDto["auth"] }) {
  const label = authTypeLabels[auth.type] ?? auth.type;
  switch (auth.type) {
    case "basic":
      return (
        <span>
          {label}: {auth.username} / <span className="font-mono">{auth.password || "no password"}</span>
        </span>
      );
    case "bearer":
      return (
        <span>
          {label}: <span className="font-mono">{auth.token}</span>
        </span>
      );
    case "custom_header":
      return (
        <span>
          {label}:{" "}
          <span className="font-mono">
            {auth.name}: {auth.value}
          </span>
        </span>
      );
    default:
      return <span>{label}</span>;
  }
}
