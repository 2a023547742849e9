-- AlterTable
ALTER TABLE "EventType" ALTER COLUMN "samplePayload" SET DATA TYPE JSON;
