// Zod → JSON Schema 2020-12 (the dialect of OpenAPI 3.1) with Zod 4's own converter. Requests are documented as
// the route accepts them (io: "input": coerced strings, optional defaults), responses as they are sent.
import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

let defCounter = 0;

/**
 * Recursive schemas come with $defs referenced from the schema's root ("#/$defs/…"); inside an OpenAPI document
 * the root is the document, so those definitions move to `components` (components.schemas) under unique names.
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
  const prefix = `Def${++defCounter}_`;
  const rewrite = (value: JsonSchema) =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', `"#/components/schemas/${prefix}`)) as JsonSchema;
  for (const [name, definition] of Object.entries(defs)) components[`${prefix}${name}`] = rewrite(definition);
  return rewrite(converted);
}
