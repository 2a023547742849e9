// The parts of a search that look into an event's content, as SQL conditions on the alias `e` ("Event"), shared by
// the Events list and the Deliveries list (which searches the event each delivery carries). Each condition is
// shaped for an index of the Event table (prisma/schema.prisma): containment `@>` for the jsonb_path_ops GIN
// indexes on body and headers, ILIKE for the trigram index on rawBody. Values are always parameters.
import { Prisma } from "../generated/prisma/client";
import type { JsonScalar, SearchQuery } from "./parse-search";

/** LIKE treats %, _ and the escape character as patterns; a search means them literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** {"a":{"b":value}} for the path a.b: what `body @>` needs to find value there. */
function nested(path: string[], value: JsonScalar): unknown {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
}

export function eventContentConditions(search: SearchQuery): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  for (const text of search.text) {
    conditions.push(Prisma.sql`e."rawBody" ILIKE ${`%${escapeLike(text)}%`}`);
  }
  for (const word of search.words) {
    // The type arm is one probe of the (workspaceId, type, receivedAt) index, OR-ed with the trigram one; a word no
    // event has as its type adds nothing, so there is no need to look the word up among the known types first.
    conditions.push(Prisma.sql`(e."rawBody" ILIKE ${`%${escapeLike(word)}%`} OR e.type = ${word})`);
  }
  for (const { path, values } of search.json) {
    // 4200 matches the number and the string "4200": one containment each, OR-ed (a BitmapOr of the same index).
    const alternatives = values.map((value) => Prisma.sql`e.body @> ${JSON.stringify(nested(path, value))}::jsonb`);
    conditions.push(Prisma.sql`(${Prisma.join(alternatives, " OR ")})`);
  }
  for (const { name, value } of search.headers) {
    conditions.push(Prisma.sql`e.headers @> ${JSON.stringify({ [name]: value })}::jsonb`);
  }
  return conditions;
}

/** True when the search looks into event content (the Deliveries list then needs its event). */
export function searchesContent(search: SearchQuery): boolean {
  return search.text.length + search.words.length + search.json.length + search.headers.length > 0;
}

/** Connectors of the workspace named by id or by name, as a subquery of ids. */
export function connectorIdsSql(workspaceId: string, connector: string): Prisma.Sql {
  return Prisma.sql`(SELECT c.id FROM "Connector" c WHERE c."workspaceId" = ${workspaceId}::uuid
    AND (c.id::text = ${connector.toLowerCase()} OR c.name = ${connector}))`;
}

/** Triggers of the workspace named by id, slug or name, as a subquery of ids. */
export function triggerIdsSql(workspaceId: string, trigger: string): Prisma.Sql {
  return Prisma.sql`(SELECT t.id FROM "Trigger" t WHERE t."workspaceId" = ${workspaceId}::uuid
    AND (t.id::text = ${trigger.toLowerCase()} OR t.slug = ${trigger} OR t.name = ${trigger}))`;
}

export function whereSql(conditions: Prisma.Sql[]): Prisma.Sql {
  return Prisma.join(conditions, " AND ");
}
