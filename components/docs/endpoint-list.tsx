import { Badge } from "../ui/badge";
import { Card, CardHeader } from "../ui/card";
import { Table, TBody, Td, Th, THead } from "../ui/table";

// The endpoints that exist today; the OpenAPI document replaces this list once it is generated.
const endpoints = [
  { method: "GET", path: "/api/v1/me", access: "viewer", purpose: "Who is calling, with which role" },
  { method: "GET", path: "/api/v1/tokens", access: "viewer", purpose: "List API tokens" },
  { method: "POST", path: "/api/v1/tokens", access: "admin", purpose: "Create an API token (shown once)" },
  { method: "DELETE", path: "/api/v1/tokens/{id}", access: "admin", purpose: "Revoke an API token" },
  { method: "GET", path: "/api/v1/users", access: "viewer", purpose: "List users" },
  { method: "POST", path: "/api/v1/users", access: "admin", purpose: "Add an admin or viewer" },
  { method: "PATCH", path: "/api/v1/users/{id}", access: "admin", purpose: "Change a user's role" },
  { method: "DELETE", path: "/api/v1/users/{id}", access: "admin", purpose: "Delete a user" },
  { method: "GET", path: "/api/health", access: "public", purpose: "Database reachability for monitors" },
] as const;

export function EndpointList() {
  return (
    <Card>
      <CardHeader title="Endpoints" description="Viewer routes accept any valid session or token; admin routes answer 403 to viewers." />
      <Table>
        <THead>
          <Th>Method</Th>
          <Th>Path</Th>
          <Th>Who may call</Th>
          <Th>Purpose</Th>
        </THead>
        <TBody>
          {endpoints.map((endpoint) => (
            <tr key={`${endpoint.method} ${endpoint.path}`}>
              <Td>
                <Badge tone={endpoint.method === "GET" ? "green" : endpoint.method === "DELETE" ? "red" : "indigo"}>{endpoint.method}</Badge>
              </Td>
              <Td className="font-mono text-xs">{endpoint.path}</Td>
              <Td>{endpoint.access}</Td>
              <Td className="text-slate-600">{endpoint.purpose}</Td>
            </tr>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
