"use client";
import { useCanWrite } from "../shell/viewer-context";
import { ButtonLink } from "../ui/button";

/** The page header's call to action; viewers cannot create, so they do not see it. */
export function NewConnectorButton() {
  return useCanWrite() ? <ButtonLink href="/connectors/new">New connector</ButtonLink> : null;
}
