/** What an action's body template can name, given the trigger's variable names. */
export function triggerTemplateVariables(bodyVariable = "requestBody", headerVariable = "requestHeaders") {
  return [
    { name: bodyVariable, meaning: "The parsed request body (JSON, form fields or text)" },
    { name: `${bodyVariable}.customer.email`, meaning: "One field of a JSON body" },
    { name: `${headerVariable}.x-github-event`, meaning: "One request header (lower-case name)" },
    { name: "query", meaning: "The query parameters (the key is redacted)" },
    { name: "event.id", meaning: "The stored event's id" },
  ];
}
