// An event type as the API answers it (lib/event-types/service.ts's view): documented in the OpenAPI reference and
// checked against real answers by tests/api/openapi-schemas.test.ts.
import { z } from "zod";
import { jsonValueSchema } from "../core/json-value";
import { pageSchema } from "../core/pagination";

export const eventTypeViewSchema = z
  .object({
    id: z.uuid(),
    key: z.string().describe("What publishers send as `type`, e.g. lead.created; unique in the workspace"),
    code: z.int().nullable().describe("Numeric code for integrations that name events by number"),
    description: z.string(),
    samplePayload: jsonValueSchema
      .nullable()
      .describe("An example payload: the form offers its paths as variables and checks templates against it"),
    archivedAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .describe("Archived types are hidden from pickers but keep delivering"),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    subscriptionCount: z.int().min(0).describe("Connectors subscribed to it"),
  })
  .meta({ id: "EventType", description: "A kind of event publishers send and connectors subscribe to" });

export const eventTypePageSchema = pageSchema(eventTypeViewSchema).meta({ id: "EventTypePage" });

export const catalogueImportSchema = z
  .object({
    created: z.int().min(0).describe("Types added now; those the workspace already had are kept as they are"),
    data: z.array(eventTypeViewSchema).describe("Every catalogue type of the workspace, by code"),
  })
  .meta({ id: "CatalogueImport" });
