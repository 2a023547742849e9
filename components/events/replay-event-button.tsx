"use client";
// Replay: sends the event again to its type's current subscribers, or runs its trigger's current actions.
import { useCanWrite } from "../shell/viewer-context";
import { Button } from "../ui/button";
import { toast } from "../ui/toast";
import { useReplayEvent } from "./use-replay-event";
import { plural } from "../ui/plural";

export function ReplayEventButton({ id, answered }: { id: string; answered: number | null }) {
  const canWrite = useCanWrite();
  const replay = useReplayEvent();
  // A refused request (401, 400, …) started nothing, so there is nothing to run again.
  if (!canWrite || (answered !== null && answered >= 300)) return null;
  return (
    <Button
      variant="secondary"
      loading={replay.isPending}
      onClick={() =>
        replay.mutate(id, {
          onSuccess: (result) =>
            toast.success(`Replayed: ${plural(result.deliveries, "delivery", "deliveries")} started`),
          onError: (error) => toast.error(error.message),
        })
      }
    >
      Replay
    </Button>
  );
}
