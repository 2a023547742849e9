-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "retentionDeleted" JSONB,
ADD COLUMN     "retentionRunAt" TIMESTAMPTZ(3);
