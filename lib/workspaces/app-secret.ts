// The workspace app secret, sent as X-App-Secret by app_secret connectors so receivers can tell a call comes from
// this Switchboard. It is handed to other systems, so it authenticates nothing on Switchboard's own API (API tokens
// do that). Generated on first need; the conditional update makes two concurrent first calls agree on one secret.
import { db } from "../db";
import { decrypt, encrypt } from "../crypto/secret-key";
import { randomToken } from "../crypto/tokens";

export async function workspaceAppSecret(workspaceId: string): Promise<string> {
  const read = () => db().workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { appSecretEnc: true } });
  const existing = await read();
  if (existing.appSecretEnc) return decrypt(existing.appSecretEnc);
  await db().workspace.updateMany({
    where: { id: workspaceId, appSecretEnc: null },
    data: { appSecretEnc: encrypt(`sbapp_${randomToken(32)}`) },
  });
  const created = await read();
  return decrypt(created.appSecretEnc!);
}
