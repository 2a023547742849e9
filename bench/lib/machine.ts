// What the figures were measured on, written beside every result.
import os from "node:os";
import pg from "pg";

export async function describeMachine(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
  await client.end();
  return {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    postgres: rows[0]?.server_version ?? "unknown",
    // 1, 5 and 15 minute load averages when measured: above the core count, other work shared the machine.
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
  };
}
