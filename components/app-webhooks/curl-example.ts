/** The documented trigger call for one app webhook: any JSON body arrives as {{event}}. */
export function triggerCurl(triggerUrl: string): string {
  return `curl -X POST "${triggerUrl}" \\
  -H "Content-Type: application/json" \\
  -d '{"triggerData":"someData"}'`;
}
