// POST /api/v1/settings/retention/run — admin: deletes data older than the retention now (audited); 409 while another process runs it.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { runRetentionNow } from "@/lib/retention/retention-settings";

export const POST = route({ access: "admin" }, ({ principal, ip }) => runRetentionNow(principal, ip));

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
