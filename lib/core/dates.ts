// Dates a caller types (ranges, the search's after:/before:, recover's since) as PostgreSQL can hold them.
// JavaScript writes any date before year 1 as year 0 or a negative year, which PostgreSQL refuses inside the query
// ("date/time field value out of range"): a 500 for `after:0000-01-01`. Years past 9999 are refused too; no record
// of this application lies outside these bounds, so nothing a caller means is lost.
import { z } from "zod";

export const EARLIEST_DATE = new Date("0001-01-01T00:00:00.000Z");
export const LATEST_DATE = new Date("9999-12-31T23:59:59.999Z");
export const DATE_RANGE_MESSAGE = "must be a date between the years 1 and 9999";

export const isStorableDate = (date: Date): boolean =>
  date.getTime() >= EARLIEST_DATE.getTime() && date.getTime() <= LATEST_DATE.getTime();

/** z.coerce.date() within what PostgreSQL holds; `message` replaces Zod's own for a value that is no date at all. */
export const storableDateSchema = (message?: string) =>
  z.coerce
    .date(message === undefined ? undefined : { error: message })
    .min(EARLIEST_DATE, DATE_RANGE_MESSAGE)
    .max(LATEST_DATE, DATE_RANGE_MESSAGE);
