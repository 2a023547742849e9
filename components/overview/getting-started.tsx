import Link from "next/link";
import { Card, CardHeader } from "../ui/card";

const steps = [
  {
    title: "Create an API token",
    body: "For scripts and other systems that call Switchboard.",
    href: "/settings",
    cta: "Settings",
  },
  {
    title: "Add a connector",
    body: "An HTTP call to an external system: URL, method, auth, body template.",
    href: "/connectors",
    cta: "Connectors",
  },
  {
    title: "Define event types",
    body: "Name the kinds of events you publish and subscribe connectors to them.",
    href: "/event-types",
    cta: "Event types",
  },
  {
    title: "Receive webhooks",
    body: "Create a trigger URL that external systems post to.",
    href: "/triggers",
    cta: "Triggers",
  },
];

export function GettingStarted() {
  return (
    <Card>
      <CardHeader title="Getting started" description="Four steps from a fresh install to your first delivery." />
      <ol className="grid divide-y divide-slate-100 sm:grid-cols-2 sm:divide-y-0 lg:grid-cols-4">
        {steps.map((step, index) => (
          <li key={step.href} className="flex flex-col gap-2 px-5 py-4">
            <span className="flex size-7 items-center justify-center rounded-full bg-indigo-50 text-sm font-semibold text-indigo-700">
              {index + 1}
            </span>
            <p className="text-sm font-semibold text-slate-900">{step.title}</p>
            <p className="flex-1 text-sm text-slate-600">{step.body}</p>
            <Link
              href={step.href}
              className="text-sm font-medium text-indigo-700 hover:text-indigo-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
            >
              {step.cta} <span aria-hidden>→</span>
            </Link>
          </li>
        ))}
      </ol>
    </Card>
  );
}
