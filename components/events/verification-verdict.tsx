// How an inbound request was authenticated, in words: the stored verdict is a code ("ok:github", "failed: the key
// does not match", "not checked: …"), which the event's preview shows as a badge and a sentence.
import { Badge } from "../ui/badge";

const methods: Record<string, string> = {
  shared_key: "shared key",
  github: "GitHub signature",
  stripe: "Stripe signature",
  slack: "Slack signature",
  standard: "Standard Webhooks signature",
  webhook_uuid: "app webhook uuid in the URL",
};

export function VerificationVerdict({ verification }: { verification: string | null }) {
  if (verification === null) {
    return <span className="text-slate-500">Not verified (published with an API token, or no check set)</span>;
  }
  if (verification.startsWith("ok:")) {
    const method = verification.slice(3);
    return (
      <span className="flex flex-wrap items-center gap-2">
        <Badge tone="green">Verified</Badge>
        <span className="text-slate-600">by {methods[method] ?? method.replaceAll("_", " ")}</span>
      </span>
    );
  }
  const [kind, ...rest] = verification.split(":");
  const reason = rest.join(":").trim();
  return (
    <span className="flex flex-wrap items-center gap-2">
      {kind === "failed" ? <Badge tone="red">Failed</Badge> : <Badge tone="amber">Not checked</Badge>}
      {reason && <span className="text-slate-600">{reason}</span>}
    </span>
  );
}
