/** What an action's body template can name, given the trigger's variable names. */
export function triggerTemplateVariables(bodyVariable = "requestBody", headerVariable = "requestHeaders") {
  return [
    {
      name: "payload",
      meaning:
        "The parsed request body (JSON, form fields or text), as in every call; a whole {{payload}} of a JSON body inserts the text as received",
    },
    { name: "payload.customer.email", meaning: "One field of a JSON body" },
    { name: "rawBody", meaning: "The request body's text exactly as received" },
    { name: "headers.x-github-event", meaning: "One request header (lower-case name)" },
    { name: bodyVariable, meaning: "This trigger's name for the body: the same value as payload" },
    { name: `${bodyVariable}.customer.email`, meaning: "One field of a JSON body" },
    {
      name: `${headerVariable}.x-github-event`,
      meaning: "This trigger's name for the headers: the same value as headers",
    },
    { name: "query", meaning: "The query parameters (the key is redacted)" },
    { name: "event.id", meaning: "The stored event's id (also event.source, event.receivedAt, event.method)" },
    { name: "connector.name", meaning: "The connector being called" },
  ];
}
