// {{path.to.value}} templates over a variables object, for connector URLs, query params, headers and bodies.
// Missing variables are collected and reported together (never rendered as empty strings).
import { TemplateError } from "./template-error";

const EXPRESSION = /\{\{\s*([A-Za-z_$][\w$-]*(?:\.[\w$-]+|\[\d+\])*)\s*\}\}/g;
const EXPRESSION_AT = /\{\{\s*([A-Za-z_$][\w$-]*(?:\.[\w$-]+|\[\d+\])*)\s*\}\}/y;

/**
 * Optional on a variables object: path → the JSON text a value was parsed from (an inbound body as received). A
 * placeholder that is exactly such a path inserts that text, so key order and number formatting (`150.00`) survive.
 */
export const RAW_JSON = Symbol("raw JSON text");
export type RawJsonTexts = Record<string, string>;

type Lookup = { found: true; value: unknown } | { found: false };

export function lookupPath(variables: unknown, path: string): Lookup {
  const segments = path.split(/\.|\[(\d+)\]/).filter((segment) => segment !== undefined && segment !== "");
  let current: unknown = variables;
  for (const segment of segments) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, segment)) return { found: false };
    current = (current as Record<string, unknown>)[segment];
  }
  return current === undefined ? { found: false } : { found: true, value: current };
}

/** How a value reads inside text: strings as they are, everything else as JSON. */
export function stringifyValue(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value) ?? "");
}

/** Renders several templates against one set of variables and reports every missing name at the end. */
export class TemplateRenderer {
  private readonly missing = new Set<string>();

  private readonly rawJson: RawJsonTexts | undefined;

  constructor(private readonly variables: unknown) {
    this.rawJson =
      variables !== null && typeof variables === "object"
        ? (variables as { [RAW_JSON]?: RawJsonTexts })[RAW_JSON]
        : undefined;
  }

  private rawText(path: string): string | undefined {
    return this.rawJson && Object.hasOwn(this.rawJson, path) ? this.rawJson[path] : undefined;
  }

  private resolve(path: string): unknown {
    const lookup = lookupPath(this.variables, path);
    if (lookup.found) return lookup.value;
    this.missing.add(path);
    return null;
  }

  /** Plain text; `encode` may escape each inserted value (it gets the offset of the placeholder too). */
  text(template: string, encode: (value: string, offset: number) => string = (value) => value): string {
    return template.replace(EXPRESSION, (_match, path: string, offset: number) => {
      const value = this.resolve(path);
      return encode(this.rawText(path) ?? stringifyValue(value), offset);
    });
  }

  /**
   * A JSON document with placeholders. A string literal that is exactly one placeholder ("{{x}}") becomes x as
   * JSON (object, number, …); a placeholder inside a longer string is inserted as escaped text; a bare placeholder
   * outside strings is inserted as JSON. The template's own formatting is kept byte for byte.
   */
  json(template: string): string {
    let output = "";
    let inString = false;
    let stringStart = -1;
    let index = 0;
    while (index < template.length) {
      EXPRESSION_AT.lastIndex = index;
      const match = template.startsWith("{{", index) ? EXPRESSION_AT.exec(template) : null;
      if (match) {
        const end = index + match[0].length;
        const value = this.resolve(match[1]!);
        const asJson = this.rawText(match[1]!) ?? JSON.stringify(value) ?? "null";
        if (!inString) {
          output += asJson;
        } else if (stringStart === output.length - 1 && template[end] === '"') {
          output = output.slice(0, stringStart) + asJson;
          inString = false;
          index = end + 1;
          continue;
        } else {
          output += JSON.stringify(stringifyValue(value)).slice(1, -1);
        }
        index = end;
        continue;
      }
      const char = template[index]!;
      if (inString && char === "\\") {
        output += template.slice(index, index + 2);
        index += 2;
        continue;
      }
      if (char === '"') {
        inString = !inString;
        if (inString) stringStart = output.length;
      }
      output += char;
      index++;
    }
    return output;
  }

  /** Throws a TemplateError naming every variable that was missing in any template rendered so far. */
  finish(): void {
    if (this.missing.size > 0) throw new TemplateError([...this.missing]);
  }
}

export function renderText(template: string, variables: unknown): string {
  const renderer = new TemplateRenderer(variables);
  const output = renderer.text(template);
  renderer.finish();
  return output;
}

export function renderJson(template: string, variables: unknown): string {
  const renderer = new TemplateRenderer(variables);
  const output = renderer.json(template);
  renderer.finish();
  return output;
}

/** The variable names a template refers to, in order of first use. */
export function templateVariables(template: string): string[] {
  return [...new Set([...template.matchAll(EXPRESSION)].map((match) => match[1]!))];
}

/** Replaces every placeholder with `null` (valid inside a string and as a bare value) for JSON validation. */
export function withPlaceholdersNulled(template: string): string {
  return template.replace(EXPRESSION, "null");
}
