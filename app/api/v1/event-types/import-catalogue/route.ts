// POST /api/v1/event-types/import-catalogue — admin: adds the CRM event catalogue; repeating it adds nothing.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { importCatalogue } from "@/lib/event-types/service";

export const POST = route({ access: "admin" }, ({ principal, ip }) =>
  importCatalogue(principal.workspaceId, principal, ip),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
