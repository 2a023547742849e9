// Turns a CRM "Create a Webhook" request into a connector subscribed to the event type with that numeric code.
// Connector and subscription are written in one transaction: a caller never sees a webhook that receives nothing.
import { AppError } from "../../core/errors";
import { writeAudit } from "../../audit/write-audit";
import type { Principal } from "../../core/principal";
import { toStoredHeaders } from "../../connectors/stored-connector";
import { encrypt } from "../../crypto/secret-key";
import { generateSigningSecret } from "../../crypto/standard-webhooks";
import { db } from "../../db";
import { CRM_CATALOGUE, isCatalogueCode, LANDING_PAGE_SUBMISSION_CODE } from "../../event-types/crm-catalogue";
import { importCatalogue } from "../../event-types/service";
import type { Prisma } from "../../generated/prisma/client";
import type { BodyType } from "../../generated/prisma/enums";
import type { SubscriptionFilter } from "../../subscriptions/schema";
import type { CrmWebhookInput } from "./schema";

const BODY_TYPE_BY_CONTENT_TYPE: Record<CrmWebhookInput["ContentType"], BodyType> = {
  "application/json": "json",
  "application/x-www-form-urlencoded": "form",
  "text/plain": "text",
};

/** The landing page a submission came from, as the catalogue's sample payload names it. */
const LANDING_PAGE_URL_PATH = "LandingPageUrl";
const MAX_NAME_LENGTH = 200;

export async function createCrmWebhook(
  actor: Principal,
  input: CrmWebhookInput,
  ip: string | null,
): Promise<{ id: string }> {
  const workspaceId = actor.workspaceId;
  const eventType = await eventTypeForCode(actor, input.WebhookEvent, ip);
  const headers = mergeRepeatedHeaders(input.CustomHeaders ?? []);
  const filter: SubscriptionFilter | null =
    input.WebhookEvent === LANDING_PAGE_SUBMISSION_CODE && input.IsSpecificLandingPage && input.LandingPageUrls?.length
      ? { path: LANDING_PAGE_URL_PATH, op: "in", value: input.LandingPageUrls }
      : null;
  const description = input.Description?.trim() ?? "";

  const connector = await db().$transaction(async (tx) => {
    const created = await tx.connector.create({
      data: {
        workspaceId,
        name: (description || `CRM webhook ${input.WebhookEvent}`).slice(0, MAX_NAME_LENGTH),
        description,
        url: input.URL,
        method: "POST",
        bodyType: BODY_TYPE_BY_CONTENT_TYPE[input.ContentType],
        // The CRM documents custom headers as authentication credentials: stored encrypted like secret headers.
        headers: toStoredHeaders(
          headers.map((header) => ({ ...header, secret: true })),
          [],
        ) as Prisma.InputJsonArray,
        notifyOnFailure: input.NotifyOnFailure,
        signingSecretEnc: encrypt(generateSigningSecret()),
      },
      select: { id: true, name: true },
    });
    await tx.subscription.create({
      data: { connectorId: created.id, eventTypeId: eventType.id, filter: filter ?? undefined },
    });
    return created;
  });

  await writeAudit(actor, {
    action: "connector.created",
    targetType: "connector",
    targetId: connector.id,
    diff: {
      via: "POST /api/v2/webhooks",
      name: connector.name,
      url: input.URL,
      eventType: eventType.key,
      headers: headers.map((header) => header.name),
      landingPageUrls: filter ? (input.LandingPageUrls ?? []) : [],
    },
    ip,
  });
  return { id: connector.id };
}

/** The event type with this code; a documented CRM code not defined yet brings in the whole catalogue first. */
async function eventTypeForCode(actor: Principal, code: number, ip: string | null) {
  const find = () =>
    db().eventType.findFirst({
      where: { workspaceId: actor.workspaceId, code },
      select: { id: true, key: true, archivedAt: true },
    });
  let eventType = await find();
  if (!eventType && isCatalogueCode(code)) {
    await importCatalogue(actor.workspaceId, actor, ip);
    eventType = await find();
  }
  if (!eventType) {
    const known = CRM_CATALOGUE.map((entry) => entry.code).join(", ");
    throw new AppError("validation_failed", `WebhookEvent ${code} is not a known event (documented events: ${known})`, [
      { path: "WebhookEvent", message: "Unknown event" },
    ]);
  }
  if (eventType.archivedAt) {
    throw new AppError("validation_failed", `WebhookEvent ${code} (${eventType.key}) is archived`, [
      { path: "WebhookEvent", message: "Archived event" },
    ]);
  }
  return eventType;
}

/**
 * The CRM's own example repeats a header name. HTTP lets a repeated field be sent as one comma-joined line
 * (RFC 9110 §5.3), which keeps the connector valid for the form (no duplicate names) and sends the same meaning.
 */
export function mergeRepeatedHeaders(headers: ReadonlyArray<{ Key: string; Value: string }>) {
  const merged: { name: string; value: string }[] = [];
  for (const { Key, Value } of headers) {
    const existing = merged.find((header) => header.name.toLowerCase() === Key.toLowerCase());
    if (existing) existing.value = `${existing.value}, ${Value}`;
    else merged.push({ name: Key, value: Value });
  }
  return merged;
}
