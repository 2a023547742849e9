// One titled card of a long form (the connector and trigger forms), so both forms read as the same kind of page.
import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "./card";

/** One titled card of the connector form. */
export function FormSection({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card>
      <CardHeader title={title} description={description} />
      <CardBody className="space-y-5">{children}</CardBody>
    </Card>
  );
}
