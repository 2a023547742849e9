// Where a failed Test / Execute request's message belongs: missing template variables go under the variables
// editor, field problems of an unsaved connector ("connector.url") go on the form's fields.
import { ApiClientError } from "../api/request";

export function variablesProblem(error: unknown): string | undefined {
  if (!(error instanceof ApiClientError)) return undefined;
  return error.fieldIssues.some((issue) => issue.path.startsWith("variables") || issue.path.startsWith("payload"))
    ? error.message
    : undefined;
}

/** Field issues of the `connector` sent to POST /connectors/test, with that prefix removed. */
export function connectorFieldIssues(error: unknown): { path: string; message: string }[] {
  if (!(error instanceof ApiClientError)) return [];
  return error.fieldIssues
    .filter((issue) => issue.path.startsWith("connector."))
    .map((issue) => ({ path: issue.path.slice("connector.".length), message: issue.message }));
}
