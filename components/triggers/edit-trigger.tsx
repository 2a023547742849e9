"use client";
import Link from "next/link";
import { Card } from "../ui/card";
import { TableMessage } from "../ui/table-states";
import { TriggerForm } from "./trigger-form";
import { useTrigger } from "./use-trigger";

export function EditTrigger({ id }: { id: string }) {
  const trigger = useTrigger(id);
  if (trigger.isPending) return <Card><TableMessage>Loading trigger…</TableMessage></Card>;
  if (trigger.isError) {
    return (
      <Card>
        <TableMessage tone="error">
          {trigger.error.message}. <Link href="/triggers" className="font-medium underline">Back to triggers</Link>
        </TableMessage>
      </Card>
    );
  }
  return <TriggerForm trigger={trigger.data} />;
}
