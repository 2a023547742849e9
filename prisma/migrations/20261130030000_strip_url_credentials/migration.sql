-- Data only, once: copies of connector URLs with credentials in their userinfo (https://user:pass@host/, refused
-- since) are stripped from stored attempts and audit entries. The connectors themselves are repaired at start-up
-- (lib/connectors/move-url-credentials.ts), which needs the secret key to move a password into Basic auth.
UPDATE "DeliveryAttempt"
   SET "requestUrl" = regexp_replace("requestUrl", '^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@]*@', '\1')
 WHERE "requestUrl" ~ '^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#@]*@';

UPDATE "AuditLog"
   SET diff = regexp_replace(diff::text, '([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@"[:space:]]*@', '\1', 'g')::jsonb
 WHERE diff::text ~ '[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#@"[:space:]]*@';
