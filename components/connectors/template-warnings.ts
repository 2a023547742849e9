// Saves that checked templates answer warnings (missing variables); they are shown after the save, which went
// through: the user decides whether the connector or the sample is wrong.
import { toast } from "../ui/toast";
import type { TemplateWarning } from "./types";

export function showTemplateWarnings(warnings: TemplateWarning[] | undefined) {
  for (const warning of warnings ?? []) toast.warning(`Template check: ${warning.message}`);
}
