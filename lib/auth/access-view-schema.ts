// Users and API tokens as the API answers them (lib/auth/users.ts's userSelect, lib/auth/api-tokens.ts's
// tokenListSelect): documented in the OpenAPI reference and checked against real answers by
// tests/api/openapi-reference.test.ts.
import { z } from "zod";
import { roleSchema } from "./schema";

const isoTime = z.iso.datetime({ offset: true });

export const userViewSchema = z
  .object({
    id: z.uuid(),
    email: z.email(),
    name: z.string().nullable(),
    role: roleSchema,
    createdAt: isoTime,
    lastLoginAt: isoTime.nullable(),
  })
  .meta({ id: "User", description: "A person who signs in to the dashboard" });

export const userListSchema = z.object({ data: z.array(userViewSchema).describe("Oldest first") }).meta({
  id: "UserList",
});

export const removedUserSchema = z
  .object({ id: z.uuid(), deleted: z.literal(true) })
  .meta({ id: "RemovedUser", description: "The user is gone; the API tokens they created are revoked" });

export const apiTokenViewSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: roleSchema,
    prefix: z.string().describe("The token's first characters, to recognise it; the token itself is never shown again"),
    createdAt: isoTime,
    lastUsedAt: isoTime.nullable(),
    revokedAt: isoTime.nullable(),
    createdBy: z.object({ email: z.string() }).nullable().describe("Null when its creator was removed"),
  })
  .meta({ id: "ApiToken", description: "An API token, without its secret" });

export const apiTokenListSchema = z.object({ data: z.array(apiTokenViewSchema) }).meta({ id: "ApiTokenList" });

export const issuedApiTokenSchema = z
  .object({
    token: z.string().describe("The token: in this answer once, never again"),
    apiToken: apiTokenViewSchema,
  })
  .meta({ id: "IssuedApiToken" });

export const revokedApiTokenSchema = z.object({ id: z.uuid(), revoked: z.literal(true) }).meta({
  id: "RevokedApiToken",
});

export const setupCompleteSchema = z
  .object({ user: userViewSchema })
  .meta({ id: "SetupComplete", description: "The first administrator, signed in (the session cookie is set)" });

export const signedInSchema = z
  .object({ user: userViewSchema.pick({ id: true, email: true, role: true }) })
  .meta({ id: "SignedIn", description: "The user signed in (the session cookie is set)" });

export const signedOutSchema = z
  .object({ signedOut: z.literal(true) })
  .meta({ id: "SignedOut", description: "The session ended and its cookie is cleared" });

export const callerSchema = z
  .object({
    kind: z.enum(["user", "token"]).describe("A signed-in user or an API token"),
    id: z.uuid().describe("The user's or the token's id"),
    label: z.string().describe("The user's email, or token:<name> for an API token"),
    role: roleSchema,
    workspaceId: z.uuid(),
    user: userViewSchema
      .pick({ id: true, email: true, name: true, role: true })
      .nullable()
      .describe("Null for API tokens"),
  })
  .meta({ id: "Caller", description: "Who is calling, with which role" });
