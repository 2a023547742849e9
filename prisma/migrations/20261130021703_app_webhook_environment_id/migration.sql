-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "environmentId" SERIAL NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_environmentId_key" ON "Workspace"("environmentId");
