// GET /api/v1/me — viewer or admin (session or token): who is calling and with which role.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { describePrincipal } from "@/lib/auth/auth-flows";

export const GET = route({ access: "viewer" }, ({ principal }) => describePrincipal(principal));

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET });
