// Cursor pagination as every /api/v1 list answers it: `?cursor=&limit=` in, `{ data, nextCursor }` out.
// Lists fetch one row more than asked; its presence is how we know there is a next page without counting.
import { z } from "zod";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export const paginationQuerySchema = z.object({
  cursor: z.string().min(1).max(512).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});
export type PaginationQuery = z.infer<typeof paginationQuerySchema>;

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** `rows` was fetched with `take: limit + 1`; the cursor names the last row returned. */
export function toPage<T>(rows: T[], limit: number, cursorOf: (row: T) => string): Page<T> {
  const data = rows.slice(0, limit);
  const last = data[data.length - 1];
  return { data, nextCursor: rows.length > limit && last ? cursorOf(last) : null };
}

/** Query-string booleans: `?archived=true`; anything but "true"/"1" is false. */
export const queryBoolean = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => value === "true" || value === "1");
