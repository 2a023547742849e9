-- Processes cache API token lookups (lib/auth/token-cache.ts); whatever changes what a token may do — a revoked,
-- re-roled or deleted token, a creator demoted, disabled or deleted — must reach every one of them at once. A
-- trigger notifies at commit whichever way the row changed (the API, `npm run admin`, an operator's SQL), so no
-- code path can forget it. The channel is TOKEN_AUTH_CHANNEL in lib/db/channels.ts.
CREATE FUNCTION switchboard_notify_token_auth() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('switchboard_token_auth', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER "ApiToken_auth_changed"
  AFTER UPDATE OF "revokedAt", role, "workspaceId", "createdById", "tokenHash" ON "ApiToken"
  FOR EACH ROW EXECUTE FUNCTION switchboard_notify_token_auth();

CREATE TRIGGER "ApiToken_deleted"
  AFTER DELETE ON "ApiToken"
  FOR EACH ROW EXECUTE FUNCTION switchboard_notify_token_auth();

CREATE TRIGGER "User_auth_changed"
  AFTER UPDATE OF role, "disabledAt" ON "User"
  FOR EACH ROW WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD."disabledAt" IS DISTINCT FROM NEW."disabledAt")
  EXECUTE FUNCTION switchboard_notify_token_auth();

CREATE TRIGGER "User_deleted"
  AFTER DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION switchboard_notify_token_auth();
