// GET /api/v1/users — viewer or admin; POST /api/v1/users — admin: adds an admin or a viewer.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { json } from "@/lib/api/json";
import { createUserSchema } from "@/lib/auth/schema";
import { addUser, listUsers } from "@/lib/auth/user-admin";

export const GET = route({ access: "viewer" }, async () => ({ data: await listUsers() }));

export const POST = route({ access: "admin", body: createUserSchema }, async ({ principal, body, ip }) =>
  json(await addUser(principal, body, ip), { status: 201 }),
);

export const { OPTIONS, PUT, PATCH, DELETE } = otherMethods({ GET, POST });
