-- The App webhooks page shows each webhook's event count and last trigger, and links to its events on the Events
-- page (filtered by appWebhookId): both read an app webhook's events, newest first.
CREATE INDEX "Event_appWebhookId_receivedAt_idx" ON "Event"("appWebhookId", "receivedAt" DESC);
