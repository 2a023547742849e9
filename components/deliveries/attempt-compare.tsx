"use client";
// Two attempts side by side: what was sent and what came back, line by line, with the differences marked. Answers
// "what changed between the failure and the success?" (a header the receiver now wants, a body it now accepts).
import { useId, useState } from "react";
import { Card, CardBody, CardHeader } from "../ui/card";
import { prettyBody } from "../ui/format-json";
import { Select } from "../ui/select";
import type { DeliveryAttempt } from "../event-log/deliveries-api";
import { diffLines, headerLines, type DiffKind } from "./line-diff";

const cellClasses: Record<DiffKind, [string, string]> = {
  same: ["", ""],
  changed: ["bg-red-50 text-red-900", "bg-emerald-50 text-emerald-900"],
  removed: ["bg-red-50 text-red-900", "bg-slate-50"],
  added: ["bg-slate-50", "bg-emerald-50 text-emerald-900"],
};
// Screen readers and monochrome screens get the difference as a sign, not only as a colour.
const signs: Record<DiffKind, [string, string]> = {
  same: [" ", " "],
  changed: ["−", "+"],
  removed: ["−", " "],
  added: [" ", "+"],
};

function responseStatus(attempt: DeliveryAttempt): string {
  if (attempt.response) return attempt.response.statusText;
  return `No response${attempt.error ? ` (${attempt.error.code})` : ""}`;
}

function parts(attempt: DeliveryAttempt) {
  return {
    request: `${attempt.request.method} ${attempt.request.url}`,
    requestHeaders: headerLines(attempt.request.headers),
    requestBody: prettyBody(attempt.request.body),
    status: responseStatus(attempt),
    responseHeaders: headerLines(attempt.response?.headers),
    responseBody: prettyBody(attempt.response?.body),
  };
}

const sections = [
  ["request", "Request"],
  ["requestHeaders", "Request headers"],
  ["requestBody", "Request body"],
  ["status", "Response status"],
  ["responseHeaders", "Response headers"],
  ["responseBody", "Response body"],
] as const;

function DiffSection({ name, title, left, right }: { name: string; title: string; left: string; right: string }) {
  const rows = diffLines(left, right);
  const differs = rows.some((row) => row.kind !== "same");
  return (
    <section data-testid={`compare-${name}`} data-differs={differs} className="min-w-0 space-y-1.5">
      <h4 className="flex items-center gap-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {title}
        <span className={differs ? "text-amber-700 normal-case" : "font-normal text-slate-500 normal-case"}>
          {differs ? "differs" : "same"}
        </span>
      </h4>
      {rows.length === 0 ? (
        <p className="text-xs text-slate-500">Empty on both</p>
      ) : (
        <div className="max-h-96 overflow-auto rounded-md border border-slate-200">
          <table className="w-full table-fixed border-collapse font-mono text-xs leading-5">
            <tbody>
              {rows.map((row, index) => (
                <tr key={index} data-diff={row.kind} className="align-top">
                  {([row.left, row.right] as const).map((line, side) => (
                    <td
                      key={side}
                      className={`w-1/2 border-slate-200 px-2 break-all whitespace-pre-wrap ${side === 1 ? "border-l" : ""} ${cellClasses[row.kind][side]}`}
                    >
                      <span aria-hidden className="mr-1 text-slate-400 select-none">
                        {signs[row.kind][side]}
                      </span>
                      {line ?? ""}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** `attempts` oldest first; starts on the last two, the usual question being "why did the last one differ?". */
export function AttemptCompare({ attempts }: { attempts: DeliveryAttempt[] }) {
  const id = useId();
  const [leftId, setLeftId] = useState(attempts.at(-2)?.id ?? "");
  const [rightId, setRightId] = useState(attempts.at(-1)?.id ?? "");
  const left = attempts.find((attempt) => attempt.id === leftId) ?? attempts.at(-2);
  const right = attempts.find((attempt) => attempt.id === rightId) ?? attempts.at(-1);
  if (!left || !right) return null;
  const a = parts(left);
  const b = parts(right);
  const picker = (label: string, value: string, onChange: (value: string) => void, suffix: string) => (
    <div className="flex min-w-0 items-center gap-2">
      <label htmlFor={`${id}-${suffix}`} className="w-10 shrink-0 text-sm font-medium text-slate-700">
        {label}
      </label>
      <Select
        id={`${id}-${suffix}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="h-9 min-w-0 flex-1 truncate"
      >
        {attempts.map((attempt) => (
          <option key={attempt.id} value={attempt.id}>
            Attempt {attempt.number} · {responseStatus(attempt)}
          </option>
        ))}
      </Select>
    </div>
  );
  return (
    <Card>
      <CardHeader
        title="Compare attempts"
        description="Left against right: lines only on the left are marked −, lines only on the right +."
      />
      <CardBody className="space-y-5">
        <div className="grid gap-3 sm:grid-cols-2">
          {picker("Left", left.id, setLeftId, "left")}
          {picker("Right", right.id, setRightId, "right")}
        </div>
        {sections.map(([name, title]) => (
          <DiffSection key={name} name={name} title={title} left={a[name]} right={b[name]} />
        ))}
      </CardBody>
    </Card>
  );
}
