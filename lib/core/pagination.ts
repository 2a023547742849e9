// Cursor pagination over time-ordered UUID v7 ids: newest first, the cursor is the last id of the page.
import { z } from "zod";

export const paginationSchema = z.object({
  cursor: z.uuid("cursor must be an id from a previous page").optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type Pagination = z.infer<typeof paginationSchema>;

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** Fetch limit + 1 rows ordered by id desc, then hand them here. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const data = rows.slice(0, limit);
  return { data, nextCursor: rows.length > limit ? (data.at(-1)?.id ?? null) : null };
}

/** The documented shape of a page of `item`s (the OpenAPI reference's list answers). */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    nextCursor: z.uuid().nullable().describe("Pass as ?cursor= for the next page; null on the last page"),
  });
}
