// One-off repair run at start-up (idempotent): connector URLs saved with credentials in their userinfo
// (https://user:pass@host/) from before they were refused. The executor never sent them, and they were stored and
// shown in clear. A connector without auth gets them as Basic auth (password encrypted), which is what the URL
// meant; a connector that already has auth keeps its auth and loses the URL credentials. Either way the URL is
// stripped and an audit entry records it (password masked). Copies of such URLs in stored attempts and audit
// entries were stripped once by the migration 20261130030000_strip_url_credentials; the scan here is of connectors
// only (a small table), so it can run at every start.
import { writeAudit } from "../audit/write-audit";
import { encrypt } from "../crypto/secret-key";
import { SECRET_MASK } from "../crypto/secret-mask";
import { db } from "../db";

const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i;

export interface MovedCredentials {
  movedToBasicAuth: number;
  removed: number;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export async function moveUrlCredentials(): Promise<MovedCredentials> {
  const result: MovedCredentials = { movedToBasicAuth: 0, removed: 0 };
  const rows = await db().connector.findMany({
    where: { url: { contains: "@" } },
    select: { id: true, workspaceId: true, url: true, authType: true },
  });
  for (const row of rows) {
    const match = USERINFO.exec(row.url);
    if (!match) continue;
    const [whole, scheme, userinfo] = match as unknown as [string, string, string];
    const url = scheme + row.url.slice(whole.length);
    const colon = userinfo.indexOf(":");
    const username = decode(colon === -1 ? userinfo : userinfo.slice(0, colon));
    const password = colon === -1 ? "" : decode(userinfo.slice(colon + 1));
    const shownBefore = `${scheme}${colon === -1 ? userinfo : `${userinfo.slice(0, colon)}:${SECRET_MASK}`}@${row.url.slice(whole.length)}`;
    // Basic auth needs a user name without ':' (the schema's rule) and does not render {{variables}}: anything else
    // cannot be moved faithfully.
    const templated = userinfo.includes("{{");
    const movable = row.authType === "none" && username !== "" && !username.includes(":") && !templated;
    const reason =
      row.authType !== "none"
        ? `the connector already has ${row.authType} auth, which is kept`
        : templated
          ? "the credentials were {{variables}}, which Basic auth does not render: set Basic auth by hand"
          : "the URL had no user name: set Basic auth by hand";
    if (movable) {
      await db().connector.update({
        where: { id: row.id },
        data: {
          url,
          authType: "basic",
          authUsername: username,
          authSecretEnc: encrypt(password),
          authHeaderName: null,
        },
      });
      result.movedToBasicAuth++;
    } else {
      await db().connector.update({ where: { id: row.id }, data: { url } });
      result.removed++;
    }
    await writeAudit(
      null,
      {
        action: movable ? "connector.url_credentials_moved" : "connector.url_credentials_removed",
        targetType: "connector",
        targetId: row.id,
        diff: movable
          ? {
              url: { from: shownBefore, to: url },
              auth: { from: "none", to: "basic", username, password: SECRET_MASK },
            }
          : { url: { from: shownBefore, to: url }, reason },
      },
      row.workspaceId,
    );
  }
  return result;
}
