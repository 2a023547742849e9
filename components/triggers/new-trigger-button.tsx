"use client";
import { useCanWrite } from "../shell/viewer-context";
import { ButtonLink } from "../ui/button";

export function NewTriggerButton() {
  return useCanWrite() ? <ButtonLink href="/triggers/new">New trigger</ButtonLink> : null;
}
