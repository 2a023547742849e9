-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Event_body_idx" ON "Event" USING GIN ("body" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "Event_headers_idx" ON "Event" USING GIN ("headers" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "Event_rawBody_idx" ON "Event" USING GIN ("rawBody" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Delivery_messageId_idx" ON "Delivery"("messageId");
