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
          <Th className="hidden sm:table-cell">Body</Th>
        </THead>
        <TBody>
          {responseBodies(trigger).map((row) => (
            <tr key={row.status}>
              <Td className="font-mono font-medium">{row.status}</Td>
              <Td className="whitespace-normal">
                {row.when}
                {/* On a phone the body goes under its reason: as a third column it kept ~90 px and broke every
                    eight characters ({"statu s":"accept ed"…). */}
                <code className="mt-1 block font-mono text-xs wrap-anywhere sm:hidden">{row.body}</code>
              </Td>
              <Td className="hidden font-mono text-xs wrap-anywhere whitespace-normal sm:table-cell">{row.body}</Td>
            </tr>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
