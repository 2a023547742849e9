// The Prisma client type a transaction callback receives (db().$transaction(async (tx) => …)); db() fits it too,
// so services that may run inside a caller's transaction take `tx: DbClient = db()`.
import type { Db } from "./index";

export type DbClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
