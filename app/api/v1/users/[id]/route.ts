// PATCH /api/v1/users/{id} — admin: changes the role; DELETE — admin: removes the user. The last admin stays (409).
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { idParamsSchema, updateUserSchema } from "@/lib/auth/schema";
import { changeUserRole, removeUser } from "@/lib/auth/user-admin";

export const PATCH = route(
  { access: "admin", params: idParamsSchema, body: updateUserSchema },
  ({ principal, params, body, ip }) => changeUserRole(principal, params.id, body.role, ip),
);

export const DELETE = route({ access: "admin", params: idParamsSchema }, ({ principal, params, ip }) =>
  removeUser(principal, params.id, ip),
);

export const { GET, HEAD, OPTIONS, POST, PUT } = otherMethods({ PATCH, DELETE });
