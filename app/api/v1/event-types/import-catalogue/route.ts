// POST /api/v1/event-types/import-catalogue — admin: adds the CRM event catalogue; repeating it adds nothing.
import { route } from "@/lib/api/handler";
import { importCatalogue } from "@/lib/event-types/service";

export const POST = route({ access: "admin" }, ({ principal, ip }) => importCatalogue(principal.workspaceId, principal, ip));
