// The trigger the receive benches post to: a shared key, bodies up to 1 MiB, POST only, no rate limit, and one
// action per connector given, sending the received body. Imported lazily by the benches, like the rest of lib/,
// once DATABASE_URL names the bench's database.
import { defaultWorkspaceId } from "../../lib/workspaces/default-workspace";
import { createTrigger } from "../../lib/triggers/trigger-service";

export async function createBenchTrigger(name: string, slug: string, connectorIds: readonly string[]) {
  const workspaceId = await defaultWorkspaceId();
  const actor = {
    kind: "user" as const,
    id: "bench",
    userId: null,
    label: "bench",
    role: "admin" as const,
    workspaceId,
  };
  return createTrigger(
    actor,
    {
      name,
      slug,
      enabled: true,
      authType: "shared_key",
      headerVariable: "requestHeaders",
      bodyVariable: "requestBody",
      maxBodyBytes: 1024 * 1024,
      rateLimit: null,
      allowedMethods: ["POST"],
      actions: connectorIds.map((connectorId) => ({ connectorId, bodyTemplate: "{{requestBody}}" })),
    },
    null,
  );
}
