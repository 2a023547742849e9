// GET /api/v1/connectors — viewer or admin: list (?q=&enabled=&authType=&cursor=&limit=); POST — admin: create.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { json } from "@/lib/api/json";
import { createConnector, listConnectors } from "@/lib/connectors/connector-service";
import { createConnectorSchema, listConnectorsQuerySchema } from "@/lib/connectors/schema";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer", query: listConnectorsQuerySchema }, ({ principal, query }) =>
  listConnectors(principal.workspaceId, query),
);

export const POST = route({ access: "admin", body: createConnectorSchema }, async ({ principal, body, ip }) =>
  json(await createConnector(principal, body, ip), { status: 201 }),
);

export const { OPTIONS, PUT, PATCH, DELETE } = otherMethods({ GET, POST });
