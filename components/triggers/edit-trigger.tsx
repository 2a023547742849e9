"use client";
import { TriggerForm } from "./trigger-form";
import { useTrigger } from "./use-trigger";
import { ResourceState } from "../ui/resource-state";

export function EditTrigger({ id }: { id: string }) {
  const trigger = useTrigger(id);
  if (!trigger.data)
    return <ResourceState query={trigger} noun="trigger" back={{ href: "/triggers", label: "triggers" }} />;
  return <TriggerForm trigger={trigger.data} />;
}
