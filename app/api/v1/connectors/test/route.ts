// POST /api/v1/connectors/test — admin: the form's Test button, {connector, connectorId?, variables}; nothing is saved.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { testUnsavedConnector } from "@/lib/delivery/execute-connector";
import { testUnsavedConnectorBodySchema } from "@/lib/connectors/schema";

export const dynamic = "force-dynamic";

export const POST = route({ access: "admin", body: testUnsavedConnectorBodySchema }, ({ principal, body }) =>
  testUnsavedConnector(principal, body),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
