import { Card, CardHeader } from "../ui/card";
import { Table, TBody, Td, Th, THead } from "../ui/table";
import { responseBodies } from "./response-bodies";
import type { TriggerDto } from "./types";

/** The answers callers get, so whoever integrates knows what to handle. */
export function ResponsesCard({ trigger }: { trigger: TriggerDto }) {
  return (
    <Card>
      <CardHeader
        title="Responses"
        description="The trigger answers at once, after the request is stored; actions run afterwards."
      />
      <Table label="Responses">
        <THead>
          <Th>Status</Th>
          <Th>When</Th>
          <Th>Body</Th>
        </THead>
        <TBody>
          {responseBodies(trigger).map((row) => (
            <tr key={row.status}>
              <Td className="font-mono font-medium">{row.status}</Td>
              <Td className="whitespace-normal">{row.when}</Td>
              {/* A floor under the body's width: squeezed by the other columns on a phone, it broke every eight
                  characters ({"statu s":"accept ed"…); the table scrolls sideways instead. */}
              <Td className="min-w-56 font-mono text-xs wrap-anywhere whitespace-normal">{row.body}</Td>
            </tr>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
