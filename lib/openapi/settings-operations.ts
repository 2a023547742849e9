// Audit log, settings and export operations (issue 6's routes), documented beside the rest of /api/v1.
import { listAuditSchema } from "../audit/list-audit";
import { op, type Operation } from "./operation";

export const extraNativeOperations: Operation[] = [
  op({
    method: "get",
    path: "/api/v1/audit-log",
    tag: "Audit log",
    access: "admin",
    query: listAuditSchema,
    summary: "Who changed what, newest first",
    description: "Filters by actor, action (exact or a prefix ending in '.'), target and time; ?format=csv streams every matching entry as CSV.",
  }),
];
