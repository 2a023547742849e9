-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "bodyRawOnly" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "rawBytes" BYTEA;
