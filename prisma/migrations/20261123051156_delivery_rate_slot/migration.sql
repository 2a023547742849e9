-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "rateSlotAt" TIMESTAMPTZ(3);
