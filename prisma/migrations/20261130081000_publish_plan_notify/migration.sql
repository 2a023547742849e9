-- The publish fast path caches, per event type, whether it exists and its subscriptions with their connectors'
-- delivery settings (lib/events/publish-plan.ts). Whatever changes one of them — the API, a migration, an operator's
-- SQL — tells every process at commit, so a publish never fans out by a stale plan. Statement triggers: one NOTIFY
-- per change, however many rows. Connectors notify only for the columns a plan holds: the delivery workers update
-- a connector's health columns all the time. The channel is PUBLISH_PLAN_CHANNEL in lib/db/channels.ts.
CREATE FUNCTION switchboard_notify_publish_plans() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('switchboard_publish_plans', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER "EventType_plan_changed"
  AFTER INSERT OR UPDATE OR DELETE ON "EventType"
  FOR EACH STATEMENT EXECUTE FUNCTION switchboard_notify_publish_plans();

CREATE TRIGGER "Subscription_plan_changed"
  AFTER INSERT OR UPDATE OR DELETE ON "Subscription"
  FOR EACH STATEMENT EXECUTE FUNCTION switchboard_notify_publish_plans();

CREATE TRIGGER "Connector_plan_changed"
  AFTER UPDATE OF "workspaceId", enabled, name, url, method, "bodyType", "bodyTemplate", headers, "queryParams",
    "retrySchedule", "rateLimitCount", "rateLimitWindowMs" ON "Connector"
  FOR EACH STATEMENT EXECUTE FUNCTION switchboard_notify_publish_plans();

CREATE TRIGGER "Connector_plan_deleted"
  AFTER DELETE ON "Connector"
  FOR EACH STATEMENT EXECUTE FUNCTION switchboard_notify_publish_plans();
