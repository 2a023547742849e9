-- AlterEnum
ALTER TYPE "DeliveryStatus" ADD VALUE 'template_error';
