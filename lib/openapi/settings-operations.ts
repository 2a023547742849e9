// Audit log, settings and export operations (issue 6's routes), documented beside the rest of /api/v1.
import { auditPageSchema, listAuditSchema } from "../audit/list-audit";
import { emailSettingsViewSchema, smtpSettingsSchema, testEmailSchema, testEmailSentSchema } from "../email/schema";
import {
  exportDeliveriesSchema,
  exportedDeliveriesSchema,
  exportedEventsSchema,
  exportEventsSchema,
} from "../export/schema";
import {
  addressCheckSchema,
  checkAddressBodySchema,
  networkSettingsSchema,
  networkSettingsViewSchema,
} from "../network/schema";
import { retentionRunSchema, retentionSettingsSchema, retentionSettingsViewSchema } from "../retention/schema";
import { appSecretSchema, updateWorkspaceSettingsSchema, workspaceSettingsViewSchema } from "../workspaces/schema";
import { op, type Operation } from "./operation";

const exportAnswer = "The file, streamed (content-disposition: attachment).";

export const extraNativeOperations: Operation[] = [
  op({
    method: "get",
    path: "/api/v1/audit-log",
    response: auditPageSchema,
    tag: "Audit log",
    access: "admin",
    query: listAuditSchema,
    summary: "Who changed what, newest first",
    description:
      "Filters by actor, action (exact or a prefix ending in '.'), target and time; ?format=csv streams every matching entry as CSV.",
  }),
  op({
    method: "get",
    path: "/api/v1/settings/workspace",
    response: workspaceSettingsViewSchema,
    tag: "Settings",
    access: "viewer",
    summary: "Workspace name, public URL and whether an app secret exists (masked)",
  }),
  op({
    method: "patch",
    path: "/api/v1/settings/workspace",
    response: workspaceSettingsViewSchema,
    tag: "Settings",
    access: "admin",
    body: updateWorkspaceSettingsSchema,
    summary: "Rename the workspace or set its public URL",
    description:
      "The public URL is the base of trigger and app webhook URLs; empty falls back to SWITCHBOARD_PUBLIC_URL, else http://localhost:<port>.",
    requestExample: { name: "Acme integrations", publicUrl: "https://hooks.acme.example" },
  }),
  op({
    method: "post",
    path: "/api/v1/settings/workspace/app-secret/reveal",
    response: appSecretSchema,
    tag: "Settings",
    access: "admin",
    summary: "Show the app secret (audited)",
  }),
  op({
    method: "post",
    path: "/api/v1/settings/workspace/app-secret/rotate",
    response: appSecretSchema,
    tag: "Settings",
    access: "admin",
    summary: "Replace the app secret (audited)",
    description:
      "The new secret is in this answer once; app_secret connectors send it from their next request on. The app secret authenticates nothing on this API (use an API token).",
  }),
  op({
    method: "get",
    path: "/api/v1/settings/network",
    response: networkSettingsViewSchema,
    tag: "Settings",
    access: "viewer",
    summary: "The outbound allowlist (and SWITCHBOARD_ALLOW_PRIVATE's entries, read-only)",
  }),
  op({
    method: "put",
    path: "/api/v1/settings/network",
    response: networkSettingsViewSchema,
    tag: "Settings",
    access: "admin",
    body: networkSettingsSchema,
    summary: "Replace the outbound allowlist",
    description:
      "Hosts, *.domain patterns, IP addresses and CIDRs the outbound guard lets through although they are private. Each entry may end in :port or :from-to (IPv6 in brackets: [::1]:9000) to open only those ports; without one it opens every port.",
    requestExample: { allowlist: ["10.0.0.0/8:8000-8999", "*.internal.example", "crm.lan:443", "[fd00::5]:9000"] },
  }),
  op({
    method: "post",
    path: "/api/v1/settings/network/check",
    tag: "Settings",
    access: "admin",
    body: checkAddressBodySchema,
    response: addressCheckSchema,
    summary: "Would the outbound guard allow this URL?",
    description:
      "Resolves the host (DNS only; nothing is connected to) and judges every address against the blocked ranges and the allowlist.",
    requestExample: { url: "http://10.0.0.5/hook" },
    responseExample: {
      host: "10.0.0.5",
      addresses: [
        {
          address: "10.0.0.5",
          allowed: false,
          reason:
            "10.0.0.5 is a private address (10.0.0.0/8): blocked — add it or its host to the allowlist to allow it",
        },
      ],
    },
  }),
  op({
    method: "get",
    path: "/api/v1/settings/email",
    response: emailSettingsViewSchema,
    tag: "Settings",
    access: "viewer",
    summary: "SMTP settings for failure notices (password masked)",
  }),
  op({
    method: "put",
    path: "/api/v1/settings/email",
    response: emailSettingsViewSchema,
    tag: "Settings",
    access: "admin",
    body: smtpSettingsSchema,
    summary: "Save SMTP settings",
    description:
      "Send the password to replace it; leave it out (or send the mask) to keep the stored one. Admins then get failure notices by email.",
    requestExample: {
      host: "smtp.example.com",
      port: 587,
      secure: false,
      username: "switchboard",
      password: "app password",
      from: "switchboard@example.com",
    },
  }),
  op({
    method: "delete",
    path: "/api/v1/settings/email",
    response: emailSettingsViewSchema,
    tag: "Settings",
    access: "admin",
    summary: "Forget the SMTP settings (no more notice emails)",
  }),
  op({
    method: "post",
    path: "/api/v1/settings/email/test",
    response: testEmailSentSchema,
    tag: "Settings",
    access: "admin",
    body: testEmailSchema,
    summary: "Send a test email",
    description: "Answers { ok, messageId }, or 400 with the mail server's refusal.",
    requestExample: { to: "admin@example.com" },
  }),
  op({
    method: "get",
    path: "/api/v1/settings/retention",
    response: retentionSettingsViewSchema,
    tag: "Settings",
    access: "viewer",
    summary: "Days kept, the last retention run, database size and row counts",
  }),
  op({
    method: "put",
    path: "/api/v1/settings/retention",
    response: retentionSettingsViewSchema,
    tag: "Settings",
    access: "admin",
    body: retentionSettingsSchema,
    summary: "Keep events and deliveries N days",
    requestExample: { retentionDays: 30 },
  }),
  op({
    method: "post",
    path: "/api/v1/settings/retention/run",
    response: retentionRunSchema,
    tag: "Settings",
    access: "admin",
    summary: "Delete data older than the retention now",
    description: "In batches of 5,000 rows; 409 while another process is running it.",
  }),
  op({
    method: "get",
    path: "/api/v1/export/deliveries",
    response: exportedDeliveriesSchema,
    tag: "Export",
    access: "admin",
    query: exportDeliveriesSchema,
    summary: "Deliveries as CSV, JSON or NDJSON",
    responseDescription: exportAnswer,
  }),
  op({
    method: "get",
    path: "/api/v1/export/events",
    response: exportedEventsSchema,
    tag: "Export",
    access: "admin",
    query: exportEventsSchema,
    summary: "Events as CSV, JSON or NDJSON",
    responseDescription: exportAnswer,
  }),
];
