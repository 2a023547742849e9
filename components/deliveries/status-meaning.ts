// One line under a response status saying what it means for the delivery (DESIGN.md §3: success is 2xx only).
export function statusMeaning(status: number): string {
  if (status >= 200 && status < 300) return "Success: the receiver accepted the delivery.";
  if (status === 410) return "Gone: the receiver asked never to be called again, so the connector was disabled.";
  if (status === 429) return "Too many requests: the next attempt waits at least as long as Retry-After asks.";
  if (status === 503) return "Unavailable: retried later, honouring Retry-After.";
  if (status >= 300 && status < 400)
    return "Redirect: not followed unless the connector allows redirects; counted as a failure.";
  if (status >= 400 && status < 500)
    return "The receiver refused the request; check the URL, auth and body it expects.";
  if (status >= 500) return "The receiver failed; retried on the schedule.";
  return "Not a success status; retried on the schedule.";
}
