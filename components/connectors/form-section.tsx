import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "../ui/card";

/** One titled card of the connector form. */
export function FormSection({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <Card>
      <CardHeader title={title} description={description} />
      <CardBody className="space-y-5">{children}</CardBody>
    </Card>
  );
}
