// GET /api/v1/audit-log — admins only: entries newest first (?actor=&action=&targetType=&targetId=&from=&to=&cursor=&limit=); ?format=csv streams every match as CSV.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { listAudit, listAuditSchema, streamAuditCsv } from "@/lib/audit/list-audit";

export const dynamic = "force-dynamic";

export const GET = route({ access: "admin", query: listAuditSchema }, async ({ principal, query }) => {
  if (query.format === "json") return listAudit(principal.workspaceId, query);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(streamAuditCsv(principal.workspaceId, query), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="switchboard-audit-${stamp}.csv"`,
    },
  });
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET });
