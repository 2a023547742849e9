// The `q` parameter of GET /api/v1/events and /api/v1/deliveries and the search boxes of their pages: one schema,
// so the API refuses exactly what the box marks as invalid, with the parser's message.
import { z } from "zod";
import { MAX_SEARCH_LENGTH, parseSearch, SEARCH_HINT } from "./parse-search";

export const searchTextSchema = z
  .string()
  .max(MAX_SEARCH_LENGTH, `The search is longer than ${MAX_SEARCH_LENGTH} characters`)
  .superRefine((value, context) => {
    const parsed = parseSearch(value);
    if (!parsed.ok) context.addIssue({ code: "custom", message: parsed.message });
  })
  .describe(`Search: ${SEARCH_HINT}. Terms are separated by spaces and must all match. See docs/search.md.`);
