// Zod → JSON Schema 2020-12 (the dialect of OpenAPI 3.1) with Zod 4's own converter. Requests are documented as
// the route accepts them (io: "input": coerced strings, optional defaults), responses as they are sent.
import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

/**
 * Schemas registered with an id (`.meta({ id: "Delivery" })`, or `register(z.globalRegistry, { id })`) come back
 * as $defs under that id, referenced from the schema's root ("#/$defs/…"); inside an OpenAPI document the root is
 * the document, so they move to `components.schemas` under the same name, shared by every operation that uses them.
 * A recursive schema without an id would come back as `__schema0`, a name that says nothing and changes with the
 * order of conversion: that is refused here, so a reader of the reference never meets one.
 */
export function toJsonSchema(
  schema: z.ZodType,
  io: "input" | "output",
  components: Record<string, JsonSchema> = {},
): JsonSchema {
  const converted = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    // Dates travel as ISO strings; anything else without a JSON form (transforms' outputs) is left open.
    unrepresentable: "any",
    override: (context) => {
      if (context.zodSchema._zod.def.type === "date") {
        context.jsonSchema.type = "string";
        context.jsonSchema.format = "date-time";
      }
    },
  }) as JsonSchema;
  delete converted.$schema;
  const defs = converted.$defs as Record<string, JsonSchema> | undefined;
  if (!defs) return converted;
  delete converted.$defs;
  const names = new Map<string, string>();
  const rewrite = (value: JsonSchema) =>
    JSON.parse(
      JSON.stringify(value).replace(
        /"#\/\$defs\/([^"]+)"/g,
        (_match, id: string) => `"#/components/schemas/${names.get(id) ?? id}"`,
      ),
    ) as JsonSchema;
  for (const [id, definition] of Object.entries(defs)) {
    if (id.startsWith("__schema")) {
      throw new Error(
        `An unnamed recursive schema in the OpenAPI document (${JSON.stringify(definition).slice(0, 120)}…): give it an id with .meta({ id }) or use the shared one (lib/core/json-value.ts)`,
      );
    }
    names.set(id, componentName(id, io, rewrite(definition), components));
  }
  for (const [id, definition] of Object.entries(defs)) components[names.get(id)!] = rewrite(definition);
  return rewrite(converted);
}

/**
 * The id itself, unless the request and the response forms of one schema differ (defaults, coercion): then the
 * request form is `<id>Input`, so both stay documented and neither overwrites the other.
 */
function componentName(
  id: string,
  io: "input" | "output",
  definition: JsonSchema,
  components: Record<string, JsonSchema>,
): string {
  const existing = components[id];
  if (!existing || JSON.stringify(existing) === JSON.stringify(definition)) return id;
  return io === "input" ? `${id}Input` : `${id}Output`;
}
