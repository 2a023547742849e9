// What each authentication preset means for the person setting it up: a label, where the secret comes from and
// what the caller has to send.
import type { TriggerAuthType } from "./types";

export interface AuthPreset {
  label: string;
  short: string;
  help: string;
  /** Where the secret goes on the sending side, for signature presets. */
  setup?: string[];
  secretLabel?: string;
  secretPlaceholder?: string;
}

export const authPresets: Record<TriggerAuthType, AuthPreset> = {
  shared_key: {
    label: "Shared key",
    short: "Shared key",
    help: "Switchboard generates a 43-character key and shows it once. Callers send it as ?key=… in the URL or in the X-Switchboard-Key header.",
  },
  github: {
    label: "GitHub signature (X-Hub-Signature-256)",
    short: "GitHub",
    help: "GitHub signs every delivery with HMAC-SHA256 of the body using the webhook secret; requests without a valid X-Hub-Signature-256 are refused.",
    setup: [
      "In GitHub open the repository or organisation → Settings → Webhooks → Add webhook.",
      "Payload URL: the trigger URL above (no ?key= needed). Content type: application/json.",
      "Secret: the trigger's secret (shown once after saving, or Reveal).",
    ],
    secretLabel: "Webhook secret (optional)",
    secretPlaceholder: "Leave empty to generate one, then paste it into GitHub",
  },
  stripe: {
    label: "Stripe signature (Stripe-Signature)",
    short: "Stripe",
    help: "Stripe signs t=<timestamp>,v1=<HMAC> with the endpoint's signing secret; timestamps older than 5 minutes are refused.",
    setup: [
      "In the Stripe Dashboard open Developers → Webhooks → Add endpoint and use the trigger URL as the endpoint URL.",
      "After creating the endpoint, reveal its signing secret (whsec_…) and paste it here as the trigger's secret (Rotate key lets you paste a new one later).",
    ],
    secretLabel: "Endpoint signing secret (whsec_…)",
    secretPlaceholder: "whsec_…",
  },
  slack: {
    label: "Slack signature (X-Slack-Signature)",
    short: "Slack",
    help: "Slack signs v0:<timestamp>:<body> with the app's signing secret and sends X-Slack-Request-Timestamp; requests older than 5 minutes are refused.",
    setup: [
      "In your Slack app open Basic Information → App Credentials and copy the Signing Secret into the trigger's secret.",
      "Use the trigger URL as the Request URL under Event Subscriptions, Interactivity or Slash Commands.",
    ],
    secretLabel: "Signing secret",
    secretPlaceholder: "From Basic Information → App Credentials",
  },
  standard: {
    label: "Standard Webhooks (webhook-signature)",
    short: "Standard Webhooks",
    help: "For senders following standardwebhooks.com (Svix, Clerk, Resend, …): webhook-id, webhook-timestamp and webhook-signature v1,… with a whsec_ secret; 5 minutes tolerance.",
    setup: [
      "In the sending service add an endpoint with the trigger URL.",
      "Paste the endpoint's whsec_… secret here, or leave it empty to generate one and give it to the sender.",
    ],
    secretLabel: "Signing secret (whsec_…, optional)",
    secretPlaceholder: "Leave empty to generate one",
  },
};

export const isSignaturePreset = (authType: TriggerAuthType) => authType !== "shared_key";
