"use client";
import type { ReactNode } from "react";
import { useCanWrite } from "../shell/viewer-context";
import { Card } from "../ui/card";
import { TableMessage } from "../ui/table-states";

/** Write-only pages (new, edit) tell a viewer why there is no form instead of one the API would refuse. */
export function AdminOnly({ children, what }: { children: ReactNode; what: string }) {
  if (useCanWrite()) return children;
  return (
    <Card>
      <TableMessage>Only admins can {what}. Viewers can read triggers, their events and their settings.</TableMessage>
    </Card>
  );
}
