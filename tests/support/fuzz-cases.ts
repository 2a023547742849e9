// The hostile inputs of the API fuzz suite (tests/api/fuzz.test.ts), derived from the OpenAPI document: a sample
// body built from each operation's request schema, then one case per way a caller can get it wrong. Seeded, so a
// failure names the seed that reproduces it.
export type JsonSchema = Record<string, unknown>;

/** mulberry32: a small seeded generator, enough to pick fields and values reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function resolveRef(schema: JsonSchema | undefined, components: Record<string, JsonSchema>): JsonSchema {
  let current = schema ?? {};
  for (let depth = 0; typeof current.$ref === "string" && depth < 10; depth++) {
    current = components[(current.$ref as string).split("/").at(-1)!] ?? {};
  }
  return current;
}

export interface SampleContext {
  components: Record<string, JsonSchema>;
  url: string;
  id: string;
  unique: string;
}

/** A plausible instance of a JSON schema: required properties only, with values that fit common formats. */
export function sample(schema: JsonSchema | undefined, context: SampleContext, depth = 0): unknown {
  const resolved = resolveRef(schema, context.components);
  if (depth > 6) return null;
  if ("const" in resolved) return resolved.const;
  if (Array.isArray(resolved.enum)) return resolved.enum[0];
  if (resolved.default !== undefined) return resolved.default;
  for (const key of ["anyOf", "oneOf", "allOf"] as const) {
    const options = resolved[key] as JsonSchema[] | undefined;
    if (options?.length)
      return sample(
        options.find((option) => resolveRef(option, context.components).type !== "null") ?? options[0],
        context,
        depth + 1,
      );
  }
  const type = Array.isArray(resolved.type)
    ? (resolved.type as string[]).find((t) => t !== "null")
    : (resolved.type as string | undefined);
  switch (type) {
    case "object": {
      const properties = (resolved.properties as Record<string, JsonSchema> | undefined) ?? {};
      const required = new Set((resolved.required as string[] | undefined) ?? []);
      return Object.fromEntries(
        Object.entries(properties)
          .filter(([name]) => required.has(name))
          .map(([name, property]) => [name, sample(property, context, depth + 1)]),
      );
    }
    case "array": {
      const min = (resolved.minItems as number | undefined) ?? 0;
      return Array.from({ length: min }, () => sample(resolved.items as JsonSchema, context, depth + 1));
    }
    case "integer":
    case "number":
      return (
        (resolved.minimum as number | undefined) ??
        (resolved.exclusiveMinimum !== undefined ? Number(resolved.exclusiveMinimum) + 1 : 1)
      );
    case "boolean":
      return true;
    case "string": {
      switch (resolved.format) {
        case "uri":
          return context.url;
        case "email":
          return `${context.unique}@example.test`;
        case "uuid":
          return context.id;
        case "date-time":
          return new Date().toISOString();
        default: {
          const min = (resolved.minLength as number | undefined) ?? 0;
          const text = `fuzz_${context.unique}`;
          return text.length >= min ? text : text.padEnd(min, "x");
        }
      }
    }
    default:
      return "fuzz";
  }
}

/** The top-level properties of a request schema with their (resolved) schemas. */
export function topProperties(
  schema: JsonSchema | undefined,
  components: Record<string, JsonSchema>,
): [string, JsonSchema][] {
  const resolved = resolveRef(schema, components);
  const properties = resolved.properties as Record<string, JsonSchema> | undefined;
  if (properties) return Object.entries(properties).map(([name, property]) => [name, resolveRef(property, components)]);
  for (const key of ["anyOf", "oneOf", "allOf"] as const) {
    const options = resolved[key] as JsonSchema[] | undefined;
    if (options?.length) return options.flatMap((option) => topProperties(option, components));
  }
  return [];
}

export function wrongTypeFor(schema: JsonSchema): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === "string") return { nested: ["not", "a", "string"] };
  if (type === "number" || type === "integer") return "twelve";
  if (type === "boolean") return "maybe";
  if (type === "array") return { not: "an array" };
  if (type === "object") return ["not", "an", "object"];
  return 12345;
}

export interface BodyCase {
  name: string;
  body: string | Uint8Array;
  contentType?: string;
  /** A field holding a NUL or lone surrogate: the answer must be 400 naming it ("" when a key holds it). */
  unstorableField?: string;
}

export const NUL_STRING = "before\u0000after";
export const LONE_SURROGATE = "before\ud800after";
export const ONE_MIB = 1024 * 1024;

export function bodyCases(
  schema: JsonSchema | undefined,
  base: unknown,
  components: Record<string, JsonSchema>,
  random: () => number,
  contentFields: readonly string[],
): BodyCase[] {
  const object = (base && typeof base === "object" && !Array.isArray(base) ? base : {}) as Record<string, unknown>;
  const json = (value: unknown) => JSON.stringify(value);
  const cases: BodyCase[] = [
    { name: "malformed JSON", body: '{"a": ' },
    { name: "JSON that is an array", body: "[1, 2, 3]" },
    { name: "JSON null", body: "null" },
    { name: "deeply nested JSON", body: "[".repeat(5000) + "]".repeat(5000) },
    {
      name: "unknown fields",
      body: json({ ...object, __fuzzUnknown: "x", constructor: { prototype: { admin: true } } }),
    },
    {
      name: "invalid UTF-8",
      body: Buffer.concat([Buffer.from('{"name":"caf'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
    },
    { name: "NUL in a key", body: json({ ...object, ["na\u0000me"]: "x" }), unstorableField: "" },
    { name: "XML content type", body: "<a>1</a>", contentType: "application/xml" },
  ];
  const properties = topProperties(schema, components);
  // Bounded: at most eight fields per operation, picked by the seed.
  const picked = properties
    .map((entry) => ({ entry, order: random() }))
    .sort((a, b) => a.order - b.order)
    .slice(0, 6)
    .map(({ entry }) => entry);
  for (const [name, property] of picked) {
    cases.push({ name: `wrong type in ${name}`, body: json({ ...object, [name]: wrongTypeFor(property) }) });
    if (contentFields.includes(name)) continue;
    cases.push({ name: `NUL in ${name}`, body: json({ ...object, [name]: NUL_STRING }), unstorableField: name });
    cases.push({
      name: `lone surrogate in ${name}`,
      body: json({ ...object, [name]: LONE_SURROGATE }),
      unstorableField: name,
    });
    const type = Array.isArray(property.type) ? property.type : [property.type];
    if (type.includes("object") || type.includes("array") || property.type === undefined) {
      cases.push({
        name: `NUL nested in ${name}`,
        body: json({ ...object, [name]: { inner: [NUL_STRING] } }),
        unstorableField: `${name}.inner.0`,
      });
    }
  }
  const big = picked[Math.floor(random() * picked.length)];
  if (big) cases.push({ name: `1 MiB string in ${big[0]}`, body: json({ ...object, [big[0]]: "x".repeat(ONE_MIB) }) });
  return cases;
}

export interface QueryCase {
  name: string;
  query: string;
  unstorableField?: string;
}

export function queryCases(parameters: { name: string; in: string }[], random: () => number): QueryCase[] {
  const inQuery = parameters.filter((parameter) => parameter.in === "query").map((parameter) => parameter.name);
  const cases: QueryCase[] = [
    { name: "unknown query parameter", query: "__fuzz=1&na%00me=1" },
    // Node refuses a request head over 16 KiB (431), so this is as long as a query can get.
    { name: "huge query string", query: `q=${"x".repeat(15_000)}&limit=1&limit=2&cursor=a&cursor=b` },
  ];
  const picked = inQuery
    .map((name) => ({ name, order: random() }))
    .sort((a, b) => a.order - b.order)
    .slice(0, 5);
  for (const { name } of picked) {
    cases.push({ name: `NUL in ?${name}`, query: `${encodeURIComponent(name)}=a%00b`, unstorableField: name });
    cases.push({ name: `huge ?${name}`, query: `${encodeURIComponent(name)}=${"9".repeat(15_000)}` });
    const odd = ["%5B%5D%7B%7D", "%ff%fe%ED%A0%80", "-1", "1e309"][Math.floor(random() * 4)];
    cases.push({ name: `odd value in ?${name}`, query: `${encodeURIComponent(name)}=${odd}` });
  }
  return cases;
}

export const INVALID_IDS = [
  "not-an-id",
  "00000000-0000-0000-0000-000000000000",
  "\u0000",
  "' OR 1=1 --".padEnd(2000, "x"),
];
