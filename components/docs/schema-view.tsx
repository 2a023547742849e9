// A JSON Schema (from the OpenAPI document) as a nested list of fields with type, required flag and constraints.
// Named schemas ($ref to components.schemas) show their name as the type and open into their fields.
type Schema = Record<string, unknown>;
export type SchemaComponents = Record<string, Schema>;

/** The schema a $ref names (one level at a time: a named schema's own refs resolve when they are opened). */
function resolve(schema: Schema, components: SchemaComponents): Schema {
  if (typeof schema.$ref !== "string") return schema;
  const target = components[schema.$ref.split("/").at(-1)!];
  return target ? { ...target, ...schema, $ref: undefined } : schema;
}

function typeLabel(schema: Schema): string {
  if (typeof schema.$ref === "string") return schema.$ref.split("/").at(-1)!;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (variants) return variants.map(typeLabel).join(" | ");
  if (schema.type === "array") return `${typeLabel((schema.items as Schema) ?? {})}[]`;
  if (Array.isArray(schema.type)) return schema.type.join(" | ");
  return typeof schema.type === "string"
    ? schema.format
      ? `${schema.type} (${String(schema.format)})`
      : schema.type
    : "any";
}

function constraints(schema: Schema): string[] {
  const notes: string[] = [];
  for (const [key, label] of [
    ["minLength", "min length"],
    ["maxLength", "max length"],
    ["minimum", "≥"],
    ["maximum", "≤"],
    ["minItems", "min items"],
    ["maxItems", "max items"],
    ["pattern", "pattern"],
  ] as const) {
    // A format (uuid, date-time, email) says what its generated pattern spells out unreadably.
    if (key === "pattern" && schema.format) continue;
    // z.int()'s bounds are JavaScript's safe integers: no limit a reader needs to know.
    if (typeof schema[key] === "number" && Math.abs(schema[key]) === Number.MAX_SAFE_INTEGER) continue;
    if (schema[key] !== undefined) notes.push(`${label} ${String(schema[key])}`);
  }
  if (schema.default !== undefined) notes.push(`default ${JSON.stringify(schema.default)}`);
  return notes;
}

function objectOf(schema: Schema, components: SchemaComponents): Schema | null {
  const resolved = resolve(schema, components);
  if (resolved.type === "object" && resolved.properties) return resolved;
  if (resolved.type === "array" && resolved.items) {
    const items = resolve(resolved.items as Schema, components);
    if (items.properties) return items;
  }
  return null;
}

const variantsOf = (schema: Schema, components: SchemaComponents) => {
  const resolved = resolve(schema, components);
  return (resolved.oneOf ?? resolved.anyOf) as Schema[] | undefined;
};

export function SchemaView({
  schema,
  components,
  depth = 0,
}: {
  schema: Schema;
  components: SchemaComponents;
  depth?: number;
}) {
  const object = objectOf(schema, components);
  const variants = variantsOf(schema, components);
  if (!object && variants?.some((variant) => objectOf(variant, components))) {
    return (
      <div className="space-y-2">
        {variants.map((variant, index) => (
          <div key={index} className="rounded-md border border-slate-200 p-2">
            <p className="mb-1 text-xs font-medium text-slate-500">One of — variant {index + 1}</p>
            <SchemaView schema={variant} components={components} depth={depth + 1} />
          </div>
        ))}
      </div>
    );
  }
  if (!object) return <p className="font-mono text-xs text-slate-600">{typeLabel(schema)}</p>;
  const description = resolve(schema, components).description;
  const required = new Set((object.required as string[] | undefined) ?? []);
  return (
    <div className="space-y-1">
      {depth === 0 && typeof description === "string" && <p className="text-xs text-slate-600">{description}</p>}
      <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 text-sm">
        {Object.entries(object.properties as Record<string, Schema>).map(([name, property]) => (
          <li key={name} className="px-3 py-2">
            <div className="flex flex-wrap items-baseline gap-x-2">
              <code className="font-mono text-xs font-semibold text-slate-900">{name}</code>
              <span className="font-mono text-xs break-all text-indigo-700">{typeLabel(property)}</span>
              {required.has(name) && <span className="text-xs font-medium text-red-700">required</span>}
              {constraints(property).map((note) => (
                <span key={note} className="text-xs break-all text-slate-500">
                  {note}
                </span>
              ))}
            </div>
            {typeof resolve(property, components).description === "string" && (
              <p className="mt-0.5 text-xs text-slate-600">{String(resolve(property, components).description)}</p>
            )}
            {depth < 3 &&
              (objectOf(property, components) ||
                variantsOf(property, components)?.some((variant) => objectOf(variant, components))) && (
                <div className="mt-2 ml-3">
                  <SchemaView schema={property} components={components} depth={depth + 1} />
                </div>
              )}
          </li>
        ))}
      </ul>
    </div>
  );
}
