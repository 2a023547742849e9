// Ready-to-paste calls for a shared-key trigger, in the three forms the docs promise: cURL, JavaScript fetch and
// Python requests. The key is whatever the caller passes: the real one once revealed, a mask otherwise.
export const KEY_MASK = "••••••••";

export function urlWithKey(url: string, key: string): string {
  return `${url}?key=${key === KEY_MASK ? key : encodeURIComponent(key)}`;
}

const sample = { event: "order_created", order_id: "12345", customer: { email: "customer@example.com" }, total: 150.0 };

export function curlExample(url: string, key: string): string {
  return `curl -X POST \\
  "${urlWithKey(url, key)}" \\
  -H "Content-Type: application/json" \\
  -d '${JSON.stringify(sample)}'`;
}

export function fetchExample(url: string, key: string): string {
  return `await fetch("${urlWithKey(url, key)}", {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(${JSON.stringify(sample, null, 2).replaceAll("\n", "\n  ")}),
});`;
}

export function pythonExample(url: string, key: string): string {
  return `import requests

url = "${url}"
params = {"key": "${key}"}
data = ${JSON.stringify(sample, null, 4).replace("150", "150.00")}

response = requests.post(url, json=data, params=params)
print(response.status_code, response.json())`;
}
