-- The workspace app secret stops authenticating Switchboard's API: app_secret connectors send it to other systems,
-- and one of them used it to mint an admin token. Revoke what it left behind, and the tokens of users deleted before
-- deleting a user revoked their tokens (both have no creator now; `npm run admin` tokens, audited as the system,
-- keep working). Each revocation is audited.
WITH doomed AS (
  SELECT token.id, token."workspaceId", token.name,
         CASE WHEN created."actorId" = 'app-secret' THEN 'minted with the app secret' ELSE 'creator deleted' END AS reason
  FROM "ApiToken" token
  JOIN LATERAL (
    SELECT entry."actorType", entry."actorId"
    FROM "AuditLog" entry
    WHERE entry.action = 'api_token.created' AND entry."targetId" = token.id::text
    ORDER BY entry."createdAt"
    LIMIT 1
  ) created ON true
  WHERE token."revokedAt" IS NULL
    AND token."createdById" IS NULL
    AND (created."actorId" = 'app-secret' OR created."actorType" = 'user')
), revoked AS (
  UPDATE "ApiToken" SET "revokedAt" = now() WHERE id IN (SELECT id FROM doomed) RETURNING id
)
INSERT INTO "AuditLog" (id, "workspaceId", "actorType", "actorId", "actorLabel", action, "targetType", "targetId", diff, "createdAt")
SELECT
  -- A time-ordered (v7-shaped) id, as the application writes them: audit pages are ordered by id.
  (lpad(to_hex(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7'
    || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid,
  doomed."workspaceId", 'system'::"ActorType", NULL, 'system', 'api_token.revoked', 'api_token', doomed.id::text,
  jsonb_build_object('name', doomed.name, 'reason', doomed.reason), now()
FROM doomed;
