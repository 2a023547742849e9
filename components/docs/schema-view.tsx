// A JSON Schema (from the OpenAPI document) as a nested list of fields with type, required flag and constraints.
type Schema = Record<string, unknown>;

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
    if (schema[key] !== undefined) notes.push(`${label} ${String(schema[key])}`);
  }
  if (schema.default !== undefined) notes.push(`default ${JSON.stringify(schema.default)}`);
  return notes;
}

function objectOf(schema: Schema): Schema | null {
  if (schema.type === "object" && schema.properties) return schema;
  if (schema.type === "array" && (schema.items as Schema | undefined)?.properties) return schema.items as Schema;
  return null;
}

export function SchemaView({ schema, depth = 0 }: { schema: Schema; depth?: number }) {
  const object = objectOf(schema);
  const variants = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (!object && variants?.some((variant) => objectOf(variant))) {
    return (
      <div className="space-y-2">
        {variants.map((variant, index) => (
          <div key={index} className="rounded-md border border-slate-200 p-2">
            <p className="mb-1 text-xs font-medium text-slate-500">One of — variant {index + 1}</p>
            <SchemaView schema={variant} depth={depth + 1} />
          </div>
        ))}
      </div>
    );
  }
  if (!object) return <p className="font-mono text-xs text-slate-600">{typeLabel(schema)}</p>;
  const required = new Set((object.required as string[] | undefined) ?? []);
  return (
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
          {typeof property.description === "string" && (
            <p className="mt-0.5 text-xs text-slate-600">{property.description}</p>
          )}
          {depth < 3 &&
            (objectOf(property) || (property.oneOf as Schema[] | undefined)?.some((variant) => objectOf(variant))) && (
              <div className="mt-2 ml-3">
                <SchemaView schema={property} depth={depth + 1} />
              </div>
            )}
        </li>
      ))}
    </ul>
  );
}
