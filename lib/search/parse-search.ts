// The search language of the Events and Deliveries lists, parsed in one place for the API, the UI's inline hint
// and the benchmark. Terms are separated by spaces and must all match:
//
//   word                       the body contains it (case-insensitive substring; 3 characters at least, for the
//                              trigram index to answer it), or it is the event's type exactly (order.paid)
//   "a phrase"                 the body contains it, and only that
//   path = value               the JSON body holds value at the dotted path (customer.email = a@b.c); an unquoted
//                              number, true, false or null also matches the same text as a string; "quoted" is a string
//   header:name = value        a request header has exactly this value (names are case-insensitive)
//   id:<uuid>  webhook-id:<id> status:<s>  source:<s>  type:<key>  connector:<id|name>  trigger:<id|slug>
//   after:<date>  before:<date>
//
// A bare UUID is read as id:, a bare msg_… as webhook-id:. Anything else with a colon (a URL, a time) is text.
// Every term is parsed into values that become SQL parameters (lib/search/search-sql.ts): nothing is spliced.

import { AppError } from "../core/errors";
import { DATE_RANGE_MESSAGE, isStorableDate } from "../core/dates";
import { EventSource } from "../generated/prisma/enums";

export const QUALIFIERS = [
  "id",
  "webhook-id",
  "status",
  "source",
  "type",
  "connector",
  "trigger",
  "after",
  "before",
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export type JsonScalar = string | number | boolean | null;

export interface SearchQuery {
  /** Quoted phrases: substrings of the body, case-insensitive. */
  text: string[];
  /**
   * Unquoted words: a substring of the body, or the event's type. People paste a type name (`order.paid`) into the
   * box expecting that type's events, and bodies rarely repeat their own type; quoting a word opts out.
   */
  words: string[];
  /** Each: the body holds one of `values` at `path`. */
  json: { path: string[]; values: JsonScalar[] }[];
  /** Headers as stored: lower-case names. */
  headers: { name: string; value: string }[];
  qualifiers: Partial<Record<Exclude<Qualifier, "after" | "before">, string>>;
  after?: Date;
  before?: Date;
}

export type ParseResult = { ok: true; query: SearchQuery } | { ok: false; message: string };

export const MAX_SEARCH_LENGTH = 1000;
export const MAX_SEARCH_TERMS = 20;
export const MIN_TEXT_LENGTH = 3;
const MAX_PATH_DEPTH = 16;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MESSAGE_ID = /^msg_[0-9a-zA-Z]+$/;
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
// PostgreSQL text and jsonb hold neither; refusing them here keeps every term a valid parameter.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Token {
  text: string;
  quoted: boolean;
  /** `=` outside quotes. */
  operator: boolean;
  /** Starts right where the previous token ended (`webhook-id:"x"`). */
  glued: boolean;
}

const SOURCES: string[] = Object.values(EventSource);

class SearchSyntaxError extends Error {}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let glued = false;
  while (index < input.length) {
    const char = input[index]!;
    if (/\s/.test(char)) {
      index++;
      glued = false;
      continue;
    }
    if (char === "=") {
      tokens.push({ text: "=", quoted: false, operator: true, glued });
      index++;
      glued = false;
      continue;
    }
    if (char === '"') {
      let text = "";
      index++;
      while (index < input.length && input[index] !== '"') {
        // \" and \\ inside quotes; any other backslash is itself.
        if (input[index] === "\\" && (input[index + 1] === '"' || input[index + 1] === "\\")) index++;
        text += input[index];
        index++;
      }
      if (index >= input.length) throw new SearchSyntaxError("A quote is not closed");
      index++;
      tokens.push({ text, quoted: true, operator: false, glued });
      glued = true;
      continue;
    }
    let text = "";
    while (index < input.length && !/[\s="]/.test(input[index]!)) text += input[index++];
    tokens.push({ text, quoted: false, operator: false, glued });
    glued = true;
  }
  return tokens;
}

function scalarValues(token: Token): JsonScalar[] {
  if (token.quoted) return [token.text];
  const text = token.text;
  if (text === "true" || text === "false") return [text === "true", text];
  if (text === "null") return [null, text];
  if (NUMBER.test(text) && Number.isFinite(Number(text))) return [Number(text), text];
  return [text];
}

function parseDate(name: string, value: string): Date {
  // Dates only (2026-11-30) or ISO date-times; anything Date.parse would guess at is refused.
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) {
    throw new SearchSyntaxError(`${name}: expects a date such as 2026-11-30 or 2026-11-30T08:00:00Z`);
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new SearchSyntaxError(`${name}: ${value} is not a date`);
  if (!isStorableDate(date)) throw new SearchSyntaxError(`${name}: ${DATE_RANGE_MESSAGE}`);
  return date;
}

function qualifierOf(token: Token): { name: Qualifier; rest: string } | null {
  if (token.quoted) return null;
  const colon = token.text.indexOf(":");
  if (colon <= 0) return null;
  const name = token.text.slice(0, colon).toLowerCase();
  return (QUALIFIERS as readonly string[]).includes(name)
    ? { name: name as Qualifier, rest: token.text.slice(colon + 1) }
    : null;
}

function addText(query: SearchQuery, token: Token) {
  if ([...token.text].length < MIN_TEXT_LENGTH) {
    throw new SearchSyntaxError(
      `"${token.text}" is too short: text terms need ${MIN_TEXT_LENGTH} characters or more (or use path = value)`,
    );
  }
  (token.quoted ? query.text : query.words).push(token.text);
}

function setQualifier(query: SearchQuery, name: Qualifier, value: string) {
  if (value === "") throw new SearchSyntaxError(`${name}: needs a value`);
  if (name === "after" || name === "before") {
    if (query[name]) throw new SearchSyntaxError(`${name}: is given twice`);
    query[name] = parseDate(name, value);
    return;
  }
  if (query.qualifiers[name] !== undefined) throw new SearchSyntaxError(`${name}: is given twice`);
  if (name === "id" && !UUID.test(value)) throw new SearchSyntaxError(`id: expects a UUID`);
  if (name === "source" && !SOURCES.includes(value)) {
    throw new SearchSyntaxError(`source: expects one of ${SOURCES.join(", ")}`);
  }
  query.qualifiers[name] = name === "id" ? value.toLowerCase() : value;
}

function addComparison(query: SearchQuery, left: Token, right: Token) {
  const header = left.quoted ? null : /^header:(.+)$/i.exec(left.text);
  if (header) {
    query.headers.push({ name: header[1]!.toLowerCase(), value: right.text });
    return;
  }
  if (qualifierOf(left)) throw new SearchSyntaxError(`${left.text} = …: write qualifiers as name:value`);
  const path = left.quoted ? [left.text] : left.text.split(".");
  if (path.some((segment) => segment === "")) throw new SearchSyntaxError(`"${left.text}" is not a path`);
  if (path.length > MAX_PATH_DEPTH) throw new SearchSyntaxError(`"${left.text}" is deeper than ${MAX_PATH_DEPTH}`);
  query.json.push({ path, values: scalarValues(right) });
}

export function parseSearch(input: string): ParseResult {
  const query: SearchQuery = { text: [], words: [], json: [], headers: [], qualifiers: {} };
  try {
    if (input.length > MAX_SEARCH_LENGTH) {
      throw new SearchSyntaxError(`The search is longer than ${MAX_SEARCH_LENGTH} characters`);
    }
    if (UNSTORABLE.test(input)) throw new SearchSyntaxError("The search holds a NUL or an unpaired surrogate");
    const tokens = tokenize(input);
    let terms = 0;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      const next = tokens[index + 1];
      if (++terms > MAX_SEARCH_TERMS) throw new SearchSyntaxError(`At most ${MAX_SEARCH_TERMS} terms`);
      if (token.operator) throw new SearchSyntaxError("= needs a path on its left");
      if (next?.operator) {
        const right = tokens[index + 2];
        if (!right || right.operator) throw new SearchSyntaxError(`${token.text} = needs a value on its right`);
        addComparison(query, token, right);
        index += 2;
        continue;
      }
      const qualifier = qualifierOf(token);
      if (qualifier) {
        // webhook-id:"a value with spaces"
        if (qualifier.rest === "" && next?.quoted && next.glued) {
          setQualifier(query, qualifier.name, next.text);
          index++;
        } else {
          setQualifier(query, qualifier.name, qualifier.rest);
        }
        continue;
      }
      if (!token.quoted && UUID.test(token.text) && query.qualifiers.id === undefined) {
        query.qualifiers.id = token.text.toLowerCase();
      } else if (!token.quoted && MESSAGE_ID.test(token.text) && query.qualifiers["webhook-id"] === undefined) {
        query.qualifiers["webhook-id"] = token.text;
      } else {
        addText(query, token);
      }
    }
    return { ok: true, query };
  } catch (error) {
    if (error instanceof SearchSyntaxError) return { ok: false, message: error.message };
    throw error;
  }
}

/** The one-line hint the search boxes show. */
export const SEARCH_HINT =
  "Text in the body or an event type (order.paid), path = value on JSON (customer.email = a@b.c), header:name = value, id:, webhook-id:, status:, connector:, trigger:, after:2026-11-30";

/** The parsed search of a list query (undefined when there is none); refused searches are validation errors on q. */
export function requireSearch(input: string | undefined): SearchQuery | undefined {
  if (input === undefined || input.trim() === "") return undefined;
  const parsed = parseSearch(input);
  if (!parsed.ok) throw searchError(parsed.message);
  return parsed.query;
}

export function searchError(message: string): AppError {
  return new AppError("validation_failed", `Invalid search: ${message}`, [{ path: "q", message }]);
}
