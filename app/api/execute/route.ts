// POST /api/execute — admin (API token or session): the documented Execute Web-hook shape, {url, method, headers, params, body}.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { compatExecuteSchema, executeCompat } from "@/lib/compat/outbound-connector-execute";

export const dynamic = "force-dynamic";

export const POST = route({ access: "admin", body: compatExecuteSchema }, ({ principal, body }) =>
  executeCompat(principal, body),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
