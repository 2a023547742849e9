-- CreateTable
CREATE TABLE "DeliveryRollup" (
    "workspaceId" UUID NOT NULL,
    "spanHours" INTEGER NOT NULL,
    "periodStart" TIMESTAMPTZ(3) NOT NULL,
    "connectorId" UUID NOT NULL,
    "outcome" "DeliveryStatus" NOT NULL,
    "latencyBucketMs" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "DeliveryRollup_pkey" PRIMARY KEY ("workspaceId","spanHours","periodStart","connectorId","outcome","latencyBucketMs")
);

-- CreateTable
CREATE TABLE "EventHourly" (
    "workspaceId" UUID NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "origin" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "EventHourly_pkey" PRIMARY KEY ("workspaceId","hour","origin")
);

-- CreateTable
CREATE TABLE "RollupWatermark" (
    "name" TEXT NOT NULL,
    "rolledUntil" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RollupWatermark_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "Delivery_workspaceId_completedAt_idx" ON "Delivery"("workspaceId", "completedAt");
