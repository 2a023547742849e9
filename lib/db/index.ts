// The one Prisma client (driver adapter over node-postgres), created on first use so that start-up scripts can
// point DATABASE_URL at the embedded database first. Secret columns are omitted from default reads: select them
// explicitly where a call needs them.
//
// lib/db is the one data-access folder. Use Prisma (db()) for everything by default: typed reads and writes,
// transactions (`tx: DbClient`, transaction-client.ts). Use the raw pool (pool.ts) only where one hand-written
// statement does what Prisma would need several round trips or no syntax for: the delivery queue's claims
// (FOR UPDATE SKIP LOCKED), multi-row unnest() writes of attempts and outcomes, the inbound and publish statements
// that write an event with its deliveries in one go, rollups, retention's batched deletes, streaming exports.
// LISTEN needs its own long-lived connection (listen.ts); NOTIFY channel names live in channels.ts.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { connectionOptions, onConnectionLost } from "./pool";

const secretOmit = {
  workspace: { appSecretEnc: true },
  user: { passwordHash: true },
  connector: {
    authSecretEnc: true,
    signingSecretEnc: true,
    previousSigningSecretEnc: true,
    verificationTokenEnc: true,
  },
  trigger: { secretEnc: true, previousSecretEnc: true },
} as const;

/** A Prisma client on DATABASE_URL, or on another URL of the same database (the read replica, lib/db/read.ts). */
export function createClient(connectionString?: string) {
  const adapter = new PrismaPg(
    { ...connectionOptions(connectionString), max: 10 },
    { onPoolError: onConnectionLost, onConnectionError: onConnectionLost },
  );
  return new PrismaClient({ adapter, omit: secretOmit });
}

export type Db = ReturnType<typeof createClient>;

const globalForPrisma = globalThis as unknown as { switchboardPrisma?: Db };

export function db(): Db {
  globalForPrisma.switchboardPrisma ??= createClient();
  return globalForPrisma.switchboardPrisma;
}

export async function disconnectDb(): Promise<void> {
  const client = globalForPrisma.switchboardPrisma;
  globalForPrisma.switchboardPrisma = undefined;
  await client?.$disconnect();
}
