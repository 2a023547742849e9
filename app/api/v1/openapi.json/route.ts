// GET /api/v1/openapi.json — public: the OpenAPI 3.1 document of every route, generated from the routes' Zod schemas.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { json } from "@/lib/api/json";
import { buildOpenApiDocument } from "@/lib/openapi/build-document";

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

export const GET = route({ access: "public" }, async () => {
  cached ??= buildOpenApiDocument();
  return json(cached, { headers: { "cache-control": "public, max-age=60" } });
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET });
