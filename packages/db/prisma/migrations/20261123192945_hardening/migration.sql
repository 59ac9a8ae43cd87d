-- CreateEnum
CREATE TYPE "platform"."DeliveryStatus" AS ENUM ('sent', 'skipped', 'failed', 'digest-pending', 'digest-claimed');

-- DropIndex
DROP INDEX "platform"."delivery_reminder_id_channel_key";

-- AlterTable
-- hand-edited: the status keeps its values (the generated diff would drop and re-add the column)
ALTER TABLE "platform"."delivery" ADD COLUMN     "claim_token" TEXT,
ADD COLUMN     "target" TEXT NOT NULL DEFAULT '',
ALTER COLUMN "status" SET DATA TYPE "platform"."DeliveryStatus" USING ("status"::"platform"."DeliveryStatus");

-- CreateTable
CREATE TABLE "platform"."stand_in_designation" (
    "id" TEXT NOT NULL,
    "absent_leader_id" TEXT NOT NULL,
    "actor_leader_id" TEXT NOT NULL,
    "from_date" DATE NOT NULL,
    "to_date" DATE NOT NULL,
    "basis" TEXT NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawn_at" TIMESTAMP(3),

    CONSTRAINT "stand_in_designation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "stand_in_designation_absent_leader_id_from_date_idx" ON "platform"."stand_in_designation"("absent_leader_id", "from_date");

-- CreateIndex
CREATE UNIQUE INDEX "leave_approval_leave_id_step_key" ON "platform"."leave_approval"("leave_id", "step");

-- CreateIndex
CREATE UNIQUE INDEX "delivery_reminder_id_channel_target_key" ON "platform"."delivery"("reminder_id", "channel", "target");

-- AddForeignKey
ALTER TABLE "platform"."stand_in_designation" ADD CONSTRAINT "stand_in_designation_absent_leader_id_fkey" FOREIGN KEY ("absent_leader_id") REFERENCES "platform"."leader"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform"."stand_in_designation" ADD CONSTRAINT "stand_in_designation_actor_leader_id_fkey" FOREIGN KEY ("actor_leader_id") REFERENCES "platform"."leader"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

