// Actions (trigger actions, listener actions) may only name connectors of the same workspace; each one that does
// not exist is reported on its own field.
import { AppError } from "../core/errors";
import { db } from "../db";

export async function assertConnectorsExist(workspaceId: string, actions: { connectorId: string }[]) {
  const ids = [...new Set(actions.map((action) => action.connectorId))];
  if (ids.length === 0) return;
  const found = await db().connector.findMany({ where: { workspaceId, id: { in: ids } }, select: { id: true } });
  const known = new Set(found.map((row) => row.id));
  const missing = actions.flatMap((action, index) =>
    known.has(action.connectorId) ? [] : [{ path: `actions.${index}.connectorId`, message: "No such connector" }],
  );
  if (missing.length)
    throw new AppError("validation_failed", "An action names a connector that does not exist", missing);
}
