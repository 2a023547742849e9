// What an HTTP status or an executor error code means for the person reading a result, in plain words.

const meanings: Record<number, string> = {
  200: "The target accepted the request.",
  201: "The target created what was sent.",
  202: "The target accepted the request and will process it later.",
  204: "The target accepted the request and sent no body back.",
  301: "The URL moved permanently; update the connector or turn on Follow redirects.",
  302: "The target redirects elsewhere; turn on Follow redirects to follow it.",
  304: "Nothing changed since the last request.",
  307: "The target redirects elsewhere; turn on Follow redirects to follow it.",
  308: "The URL moved permanently; update the connector or turn on Follow redirects.",
  400: "The target rejected the request as malformed: check the body and parameters.",
  401: "The target wants credentials: check the authentication.",
  403: "The credentials were accepted but are not allowed to do this.",
  404: "Nothing at this URL: check the path.",
  405: "The target does not accept this method at this URL.",
  408: "The target gave up waiting for the request.",
  409: "The request conflicts with the target's current state.",
  410: "The endpoint is gone for good; event deliveries disable the connector on 410.",
  413: "The body is larger than the target accepts.",
  415: "The target does not accept this content type: check the body type.",
  422: "The target understood the body but refused its content.",
  429: "Too many requests: the target asks to slow down.",
  500: "The target failed while handling the request.",
  502: "A gateway in front of the target got a bad answer from it.",
  503: "The target is unavailable for now; try again later.",
  504: "A gateway in front of the target timed out waiting for it.",
};

export function statusMeaning(status: number): string {
  if (meanings[status]) return meanings[status];
  if (status >= 200 && status < 300) return "The target accepted the request.";
  if (status >= 300 && status < 400) return "The target redirects elsewhere.";
  if (status >= 400 && status < 500) return "The target refused the request.";
  return "The target failed to handle the request.";
}
