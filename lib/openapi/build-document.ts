// GET /api/v1/openapi.json: the OpenAPI 3.1 document, built from the operation list and the routes' own Zod
// schemas, with the auth schemes, the native error shape and examples.
import { errorStatus } from "../api/errors";
import { SESSION_COOKIE } from "../auth/sessions";
import { compatOperations } from "./compat-operations";
import { curlCommand } from "./curl-command";
import { nativeOperations } from "./native-operations";
import type { Access, Operation } from "./operation";
import { toJsonSchema, type JsonSchema } from "./to-json-schema";

export const allOperations: Operation[] = [...nativeOperations, ...compatOperations];

const errorSchema: JsonSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message", "details"],
      properties: {
        code: {
          type: "string",
          enum: Object.keys(errorStatus),
        },
        message: { type: "string" },
        details: { description: "Field issues [{path, message}] for validation_failed; otherwise context or null" },
      },
    },
  },
};

const errorResponses: Record<string, { status: number; description: string; example: unknown }> = {
  ValidationFailed: {
    status: 400,
    description:
      "The request did not match the schema, or a string in it (body keys and values, query, path) holds a NUL or an unpaired surrogate PostgreSQL cannot store; details name each field",
    example: {
      error: {
        code: "validation_failed",
        message: "Invalid request body: url: Invalid URL",
        details: [{ path: "url", message: "Invalid URL" }],
      },
    },
  },
  Unauthorized: {
    status: 401,
    description: "No valid session or API token",
    example: {
      error: { code: "unauthorized", message: "Sign in or send Authorization: Bearer <API token>", details: null },
    },
  },
  Forbidden: {
    status: 403,
    description: "The caller's role may not do this",
    example: {
      error: { code: "forbidden", message: "This action needs the admin role; viewers can only read", details: null },
    },
  },
  NotFound: {
    status: 404,
    description: "No such object in this workspace",
    example: { error: { code: "not_found", message: "Connector not found", details: null } },
  },
  Conflict: {
    status: 409,
    description: "A unique value is taken or the object is in use",
    example: {
      error: {
        code: "conflict",
        message: "An object with the same unique value already exists",
        details: { target: ["name"] },
      },
    },
  },
  PayloadTooLarge: {
    status: 413,
    description:
      "The body is over the route's cap (SWITCHBOARD_MAX_BODY_BYTES, 1 MiB by default); a Content-Length over it is refused before reading",
    example: {
      error: {
        code: "payload_too_large",
        message: "The request body is larger than 1 MiB",
        details: { maxBytes: 1048576 },
      },
    },
  },
  UnsupportedMediaType: {
    status: 415,
    description: "The body was sent with a media type other than JSON",
    example: {
      error: {
        code: "unsupported_media_type",
        message: "Send the body as JSON with Content-Type: application/json (got text/plain)",
        details: null,
      },
    },
  },
  RateLimited: {
    status: 429,
    description:
      "Too many requests; see Retry-After. Every API token may make SWITCHBOARD_API_TOKEN_RATE_LIMIT requests a minute (1200 by default)",
    example: {
      error: {
        code: "rate_limited",
        message: "This API token made more than 1200 requests in a minute: try again in 12 seconds",
        details: { limit: 1200, windowSeconds: 60 },
      },
    },
  },
  Unavailable: {
    status: 503,
    description:
      "The database cannot be reached (down, restarting or not answering); try again after Retry-After seconds",
    example: {
      error: {
        code: "unavailable",
        message: "Switchboard cannot reach its database (the database server cannot be reached); try again shortly",
        details: null,
      },
    },
  },
  InternalError: {
    status: 500,
    description: "Unexpected failure, with a request id for the logs",
    example: {
      error: { code: "internal_error", message: "Internal error (request id 6f1c…)", details: { requestId: "6f1c…" } },
    },
  },
};

const securityFor: Record<Access, Record<string, string[]>[]> = {
  public: [],
  viewer: [{ bearerAuth: [] }, { cookieAuth: [] }],
  admin: [{ bearerAuth: [] }, { cookieAuth: [] }],
  "admin-token": [{ bearerAuth: [] }],
  "trigger-key": [{ triggerKeyQuery: [] }, { triggerKeyHeader: [] }, {}],
  "webhook-uuid": [],
};

function operationId(operation: Operation): string {
  const words = operation.path
    .replace(/^\/api\//, "")
    .split(/[/{}_.-]+/)
    .filter(Boolean);
  return operation.method + words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join("");
}

function parameters(operation: Operation, components: Record<string, JsonSchema>) {
  const inPath = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => ({
    name: match[1]!,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  const inQuery: object[] = [];
  if (operation.query) {
    const schema = toJsonSchema(operation.query, "input", components);
    const required = new Set((schema.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries((schema.properties as Record<string, JsonSchema>) ?? {})) {
      inQuery.push({
        name,
        in: "query",
        required: required.has(name),
        schema: property,
        ...(property.description ? { description: property.description } : {}),
      });
    }
  }
  const inHeaders = (operation.headers ?? []).map((header) => ({
    name: header.name,
    in: "header",
    required: header.required ?? false,
    description: header.description,
    schema: { type: "string" },
  }));
  return [...inPath, ...inQuery, ...inHeaders];
}

function responses(operation: Operation, components: Record<string, JsonSchema>) {
  const status = String(operation.responseStatus ?? 200);
  const success: Record<string, unknown> = { description: operation.responseDescription ?? "Success" };
  // A 204 (the deletes) has no body to describe.
  if (status !== "204") {
    success.content = {
      [operation.responseMediaType ?? "application/json"]:
        operation.response || operation.responseExample !== undefined
          ? {
              schema: operation.response ? toJsonSchema(operation.response, "output", components) : {},
              ...(operation.responseExample !== undefined ? { example: operation.responseExample } : {}),
            }
          : { schema: { type: "object" } },
    };
  }
  const answers: Record<string, unknown> = { [status]: success };
  if (!operation.ownErrors) {
    const refs = ["InternalError", "Unavailable"];
    if (operation.query || operation.body || operation.path.includes("{")) refs.push("ValidationFailed");
    if (operation.access === "viewer" || operation.access === "admin") refs.push("Unauthorized", "RateLimited");
    if (operation.access === "admin") refs.push("Forbidden");
    if (operation.path.includes("{")) refs.push("NotFound");
    if (operation.method === "post" || operation.method === "patch" || operation.method === "put")
      refs.push("Conflict");
    if (operation.body) refs.push("PayloadTooLarge", "UnsupportedMediaType");
    for (const name of refs) answers[String(errorResponses[name]!.status)] = { $ref: `#/components/responses/${name}` };
  }
  for (const [code, description] of Object.entries(operation.answers ?? {})) {
    answers[code] ??= { description };
  }
  // Every route, whatever its own shapes: a database outage is a 503 with Retry-After, never a 500.
  answers["503"] ??= {
    description: "The database cannot be reached; answered in this route's own error shape, with Retry-After",
  };
  return answers;
}

function requestBody(operation: Operation, components: Record<string, JsonSchema>) {
  if (operation.rawBody) {
    return { required: false, content: { "*/*": { schema: {} } }, description: "Any body; stored as received" };
  }
  if (!operation.body) return undefined;
  return {
    required: true,
    content: {
      "application/json": {
        schema: toJsonSchema(operation.body, "input", components),
        ...(operation.requestExample !== undefined ? { example: operation.requestExample } : {}),
      },
    },
  };
}

/**
 * The document, with its server and its cURL samples on `serverUrl`: the dashboard's reference passes the origin its
 * reader reaches Switchboard at; the public /api/v1/openapi.json, which knows no reader, leaves the samples on
 * $SWITCHBOARD_URL.
 */
export function buildOpenApiDocument(serverUrl?: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const components: Record<string, JsonSchema> = {};
  for (const operation of allOperations) {
    const body = requestBody(operation, components);
    (paths[operation.path] ??= {})[operation.method] = {
      operationId: operationId(operation),
      tags: [operation.tag],
      summary: operation.summary,
      ...(operation.description ? { description: operation.description } : {}),
      "x-access": operation.access,
      security: securityFor[operation.access],
      parameters: parameters(operation, components),
      ...(body ? { requestBody: body } : {}),
      responses: responses(operation, components),
      "x-codeSamples": [
        {
          lang: "Shell",
          label: "cURL",
          source: curlCommand({
            baseUrl: serverUrl,
            method: operation.method,
            path: operation.path,
            access: operation.access,
            example: operation.requestExample,
            hasBody: Boolean(operation.body),
            rawBody: Boolean(operation.rawBody),
          }),
        },
      ],
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Switchboard API",
      version: "1.0.0",
      description:
        "Self-hosted webhook connector hub. The native API lives under /api/v1 (JSON; session cookie or Authorization: Bearer <API token>; errors { error: { code, message, details } }; cursor pagination ?cursor=&limit=). A wrong method answers 405 with Allow, an unknown /api path 404, both in the error shape. Compatibility routes keep their documented shapes; inbound webhooks are authenticated by the trigger's key or signature.",
    },
    servers: [{ url: serverUrl ?? "/" }],
    tags: [...new Set(allOperations.map((operation) => operation.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "An API token from Settings → API tokens" },
        cookieAuth: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE,
          description:
            "The dashboard's session cookie. Writes with it must come from Switchboard's own origin (Origin, or Sec-Fetch-Site: same-origin) and be declared application/json: else 403 \"Cross-site request refused\" or 415",
        },
        triggerKeyQuery: { type: "apiKey", in: "query", name: "key", description: "A shared-key trigger's key" },
        triggerKeyHeader: {
          type: "apiKey",
          in: "header",
          name: "X-Switchboard-Key",
          description: "A shared-key trigger's key",
        },
      },
      schemas: { Error: errorSchema, ...components },
      responses: Object.fromEntries(
        Object.entries(errorResponses).map(([name, response]) => [
          name,
          {
            description: response.description,
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/Error" }, example: response.example },
            },
          },
        ]),
      ),
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
