// Puts what the server said where the user looks: field issues on their fields, the message in a toast.
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { ApiClientError } from "../api/request";
import { toast } from "../ui/toast";

export function showServerError<T extends FieldValues>(
  error: unknown,
  setError?: UseFormSetError<T>,
  fields?: readonly Path<T>[],
) {
  if (setError) applyFieldErrors(error, setError, fields);
  toast.error(error instanceof Error ? error.message : "Something went wrong");
}

/** Only the field part, for forms that show the message inline instead of in a toast (sign-in). */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields?: readonly Path<T>[],
) {
  if (!(error instanceof ApiClientError)) return;
  for (const issue of error.fieldIssues) {
    if (!fields || fields.includes(issue.path as Path<T>)) {
      setError(issue.path as Path<T>, { type: "server", message: issue.message });
    }
  }
}
