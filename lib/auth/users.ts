// Administrators and viewers. The first administrator is created by /setup (or from SWITCHBOARD_ADMIN_*),
// after which setup is closed for good.
import { db } from "../db";
import { AppError } from "../core/errors";
import { revokeTokensCreatedBy } from "./api-tokens";
import { hashPassword } from "./password";
import type { CreateUserInput, SetupInput } from "./schema";

export { createUserSchema, emailSchema, passwordSchema, setupSchema, updateUserSchema } from "./schema";
export type { CreateUserInput, SetupInput } from "./schema";

const userSelect = { id: true, email: true, name: true, role: true, createdAt: true, lastLoginAt: true } as const;

export async function isSetupComplete(): Promise<boolean> {
  return (await db().user.count()) > 0;
}

export async function createUser(input: CreateUserInput) {
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    throw new AppError("conflict", "A user with this email already exists", [
      { path: "email", message: "A user with this email already exists" },
    ]);
  }
  return db().user.create({
    data: { email: input.email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) },
    select: userSelect,
  });
}

/** Creates the first administrator; refuses once any user exists. Serialised so two tabs cannot both win. */
export async function setupFirstAdmin(input: SetupInput) {
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707370)`;
    if ((await tx.user.count()) > 0) throw new AppError("forbidden", "Setup is already complete: sign in instead");
    return tx.user.create({
      data: { email: input.email, name: input.name, role: "admin", passwordHash },
      select: userSelect,
    });
  });
}

export function listUsers() {
  return db().user.findMany({ orderBy: { createdAt: "asc" }, select: userSelect });
}

export async function updateUserRole(id: string, role: "admin" | "viewer") {
  if (role === "viewer") await assertAnotherAdminRemains(id);
  return db().user.update({ where: { id }, data: { role }, select: userSelect });
}

/** Deletes the user and revokes their API tokens in one transaction; answers the revoked tokens for the audit. */
export async function deleteUser(id: string) {
  await assertAnotherAdminRemains(id);
  return db().$transaction(async (tx) => {
    const revoked = await revokeTokensCreatedBy(tx, id);
    await tx.user.delete({ where: { id } });
    return revoked;
  });
}

async function assertAnotherAdminRemains(userId: string) {
  const admins = await db().user.findMany({ where: { role: "admin", disabledAt: null }, select: { id: true } });
  if (admins.length === 1 && admins[0]!.id === userId) {
    throw new AppError("conflict", "Switchboard needs at least one administrator");
  }
}
