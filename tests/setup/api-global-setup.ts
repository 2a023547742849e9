// Vitest global setup for API tests: a migrated local database whose URL the test files inherit. `npm test`
// passes one in TEST_DATABASE_URL; run alone (npx vitest --project api) it uses DATABASE_URL.
import { prepareTestDatabase } from "./test-database";

export default async function setup() {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error("API tests need a database: run them with `npm test`, or set DATABASE_URL");
  process.env.DATABASE_URL = url;
  await prepareTestDatabase(url);
}
