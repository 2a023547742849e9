// Measures the minimal ceiling (bench/lib/minimal-ingest-server.ts) with the same load as the path it is compared
// with, in the same run, and counts what it stored: the denominator of every ingest and publish ratio.
import pg from "pg";
import { PHASE_HEADER, settledCount } from "./phase";
import { autocannon, startChild, type AutocannonResult } from "./processes";

export interface CeilingResult {
  result: AutocannonResult;
  stored: number;
}

async function countRows(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // The measured run's rows only: the warm-up's last requests may still be committing when it starts.
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) FROM minimal_ingest WHERE headers->>'${PHASE_HEADER}' = 'measure'`,
    );
    return Number(rows[0]!.count);
  } finally {
    await client.end();
  }
}

/** `load(url, headers, seconds)` builds the autocannon arguments the compared path used. */
export async function measureMinimalCeiling(
  databaseUrl: string,
  port: number,
  load: (url: string, headers: string[], seconds: string) => string[],
  seconds: string,
): Promise<CeilingResult> {
  const key = "bench-minimal-key";
  const server = await startChild(
    "bench/lib/minimal-ingest-server.ts",
    [databaseUrl, String(port), key],
    {},
    "listening",
  );
  try {
    const url = `http://127.0.0.1:${port}/`;
    const headers = [`x-switchboard-key=${key}`];
    await autocannon(load(url, [...headers, `${PHASE_HEADER}=warmup`], "3"));
    // Phase marks, as the benches log theirs: CPU samplers outside the run cut the measured window by them.
    console.log("[minimal ceiling] measuring");
    const result = await autocannon(load(url, [...headers, `${PHASE_HEADER}=measure`], seconds));
    console.log("[minimal ceiling] measured");
    return { result, stored: await settledCount(() => countRows(databaseUrl)) };
  } finally {
    await server.stop();
  }
}
