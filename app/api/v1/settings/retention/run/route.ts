// POST /api/v1/settings/retention/run — admin: deletes data older than the retention now (audited); 409 while another process runs it.
import { route } from "@/lib/api/handler";
import { runRetentionNow } from "@/lib/retention/retention-settings";

export const POST = route({ access: "admin" }, ({ principal, ip }) => runRetentionNow(principal, ip));
