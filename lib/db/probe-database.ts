// One round trip on the pool, for callers that must know before they start whether the database answers: the
// pages' proxy asks before every page render, since a page that fails on the database mid-render can only be
// Next's generic 500 (a server component cannot choose its status).
import { pool } from "./pool";
import { databaseAvailable, isDatabaseUnavailable, reportDatabaseUnavailable } from "./unavailable";

/** Null when the database answered; otherwise why not, in plain words (the outage is reported once). */
export async function probeDatabase(where: string): Promise<string | null> {
  try {
    await pool().query("SELECT 1");
    databaseAvailable();
    return null;
  } catch (error) {
    // Anything else is not an outage: the render goes ahead and meets (and reports) the error itself.
    return isDatabaseUnavailable(error) ? reportDatabaseUnavailable(error, where) : null;
  }
}
