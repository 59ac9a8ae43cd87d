-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "platform";

-- CreateEnum
CREATE TYPE "platform"."DistrictId" AS ENUM ('kaizhou', 'shapingba');

-- CreateEnum
CREATE TYPE "platform"."DepartmentKind" AS ENUM ('composition_department', 'work_department', 'township', 'direct_institution', 'office', 'other');

-- CreateEnum
CREATE TYPE "platform"."LeaderPost" AS ENUM ('district_head', 'executive_deputy_head', 'deputy_head', 'office_director', 'party_group_member');

-- CreateEnum
CREATE TYPE "platform"."LeaveReason" AS ENUM ('study', 'inspection', 'business_trip', 'official_visit', 'vacation', 'personal_leave', 'sick_leave', 'other');

-- CreateEnum
CREATE TYPE "platform"."LeaveStatus" AS ENUM ('requested', 'approved', 'rejected', 'cancelled');

-- CreateEnum
CREATE TYPE "platform"."Role" AS ENUM ('supervision_office', 'department_staff', 'department_head', 'district_leader', 'disclosure_editor', 'legal_reviewer', 'administrator');

-- CreateEnum
CREATE TYPE "platform"."DeadlineUnit" AS ENUM ('working_days', 'calendar_days', 'months');

-- CreateEnum
CREATE TYPE "platform"."DeadlineStatus" AS ENUM ('open', 'paused', 'met', 'cancelled');

-- CreateEnum
CREATE TYPE "platform"."AdjustmentType" AS ENUM ('pause', 'resume', 'extension');

-- CreateEnum
CREATE TYPE "platform"."ReminderStatus" AS ENUM ('pending', 'claimed', 'sent', 'failed', 'suppressed');

-- CreateEnum
CREATE TYPE "platform"."Channel" AS ENUM ('inbox', 'email', 'webhook');

-- CreateTable
CREATE TABLE "platform"."audit_entry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_user_id" TEXT,
    "actor_label" TEXT NOT NULL,
    "on_behalf_of" TEXT,
    "app" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "request_id" TEXT,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform"."district_setting" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "district" "platform"."DistrictId" NOT NULL,
    "name" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "district_setting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform"."department" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "kind" "platform"."DepartmentKind" NOT NULL,
    "principal_head" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform"."leader" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "post" "platform"."LeaderPost" NOT NULL,
    "user_id" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "leader_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform"."portfolio_assignment" (
    "id" TEXT NOT NULL,
    "leader_id" TEXT NOT NULL,
    "department_id" TEXT,
    "domain" TEXT,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "basis" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "portfolio_assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform"."ab_pair" (
    "id" TEXT NOT NULL,
    "leader_a_id" TEXT NOT NULL,
    "leader_b_id" TEXT NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "decision_ref" TEXT,
    "document_ref" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ab_pair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform"."leave_record" (
    "id" TEXT NOT NULL,
    "leader_id" TEXT NOT NULL,
    "from_date" DATE NOT NULL,
    "to_date" DATE NOT NULL,
    "reason" "platform"."LeaveReason" NOT NULL,
    "destination" TEXT,
    "status" "platform"."LeaveStatus" NOT NULL DEFAULT 'requested',
    "override_reason" TEXT,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "leave_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform"."leave_approval" (
    "id" TEXT NOT NULL,
    "leave_id" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "given_by" TEXT NOT NULL,
    "recorded_by_id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "leave_approval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform"."user" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "email" TEXT,
    "password_hash" TEXT NOT NULL,
    "department_id" TEXT NOT NULL,
    "roles" "platform"."Role"[],
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "reminder_digest" BOOLEAN NOT NULL DEFAULT false,
    "disabled_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform"."session" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "last_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ip" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform"."deadline" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "app" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "department_id" TEXT NOT NULL,
    "assignee_id" TEXT,
    "start_event" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "length" INTEGER NOT NULL,
    "unit" "platform"."DeadlineUnit" NOT NULL,
    "rule_source" TEXT NOT NULL,
    "due_date" DATE NOT NULL,
    "computation" JSONB NOT NULL,
    "calendar_version" TEXT NOT NULL,
    "status" "platform"."DeadlineStatus" NOT NULL DEFAULT 'open',
    "met_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "deadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform"."deadline_adjustment" (
    "id" TEXT NOT NULL,
    "deadline_id" TEXT NOT NULL,
    "type" "platform"."AdjustmentType" NOT NULL,
    "effective_on" DATE,
    "length" INTEGER,
    "approved_by_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deadline_adjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform"."reminder_policy" (
    "kind" TEXT NOT NULL,
    "stages" JSONB NOT NULL,
    "digest" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "reminder_policy_pkey" PRIMARY KEY ("kind")
);

-- CreateTable
CREATE TABLE "platform"."reminder" (
    "id" TEXT NOT NULL,
    "deadline_id" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "recipient_id" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "platform"."ReminderStatus" NOT NULL DEFAULT 'pending',
    "claimed_at" TIMESTAMPTZ(3),
    "claim_token" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform"."delivery" (
    "id" TEXT NOT NULL,
    "reminder_id" TEXT NOT NULL,
    "channel" "platform"."Channel" NOT NULL,
    "status" TEXT NOT NULL,
    "detail" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform"."notification" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "reminder_id" TEXT,
    "read_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform"."webhook_endpoint" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "department_id" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_endpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform"."calendar_year" (
    "year" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "source_title" TEXT NOT NULL,
    "source_number" TEXT,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_year_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE INDEX "audit_entry_entity_type_entity_id_at_idx" ON "platform"."audit_entry"("entity_type", "entity_id", "at");

-- CreateIndex
CREATE INDEX "audit_entry_actor_user_id_at_idx" ON "platform"."audit_entry"("actor_user_id", "at");

-- CreateIndex
CREATE INDEX "audit_entry_action_at_idx" ON "platform"."audit_entry"("action", "at");

-- CreateIndex
CREATE INDEX "audit_entry_at_idx" ON "platform"."audit_entry"("at");

-- CreateIndex
CREATE UNIQUE INDEX "department_code_key" ON "platform"."department"("code");

-- CreateIndex
CREATE UNIQUE INDEX "leader_user_id_key" ON "platform"."leader"("user_id");

-- CreateIndex
CREATE INDEX "portfolio_assignment_leader_id_valid_from_idx" ON "platform"."portfolio_assignment"("leader_id", "valid_from");

-- CreateIndex
CREATE INDEX "portfolio_assignment_department_id_valid_from_idx" ON "platform"."portfolio_assignment"("department_id", "valid_from");

-- CreateIndex
CREATE INDEX "leave_record_leader_id_from_date_idx" ON "platform"."leave_record"("leader_id", "from_date");

-- CreateIndex
CREATE UNIQUE INDEX "user_username_key" ON "platform"."user"("username");

-- CreateIndex
CREATE INDEX "user_department_id_idx" ON "platform"."user"("department_id");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "platform"."session"("user_id");

-- CreateIndex
CREATE INDEX "session_expires_at_idx" ON "platform"."session"("expires_at");

-- CreateIndex
CREATE INDEX "deadline_status_due_date_idx" ON "platform"."deadline"("status", "due_date");

-- CreateIndex
CREATE INDEX "deadline_app_entity_type_entity_id_idx" ON "platform"."deadline"("app", "entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "deadline_department_id_status_idx" ON "platform"."deadline"("department_id", "status");

-- CreateIndex
CREATE INDEX "deadline_adjustment_deadline_id_idx" ON "platform"."deadline_adjustment"("deadline_id");

-- CreateIndex
CREATE INDEX "reminder_status_due_at_idx" ON "platform"."reminder"("status", "due_at");

-- CreateIndex
CREATE UNIQUE INDEX "reminder_deadline_id_stage_recipient_id_key" ON "platform"."reminder"("deadline_id", "stage", "recipient_id");

-- CreateIndex
CREATE UNIQUE INDEX "delivery_reminder_id_channel_key" ON "platform"."delivery"("reminder_id", "channel");

-- CreateIndex
CREATE UNIQUE INDEX "notification_reminder_id_key" ON "platform"."notification"("reminder_id");

-- CreateIndex
CREATE INDEX "notification_user_id_read_at_idx" ON "platform"."notification"("user_id", "read_at");

-- AddForeignKey
ALTER TABLE "platform"."leader" ADD CONSTRAINT "leader_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "platform"."user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform"."portfolio_assignment" ADD CONSTRAINT "portfolio_assignment_leader_id_fkey" FOREIGN KEY ("leader_id") REFERENCES "platform"."leader"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform"."portfolio_assignment" ADD CONSTRAINT "portfolio_assignment_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "platform"."department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform"."ab_pair" ADD CONSTRAINT "ab_pair_leader_a_id_fkey" FOREIGN KEY ("leader_a_id") REFERENCES "platform"."leader"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform"."ab_pair" ADD CONSTRAINT "ab_pair_leader_b_id_fkey" FOREIGN KEY ("leader_b_id") REFERENCES "platform"."leader"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform"."leave_record" ADD CONSTRAINT "leave_record_leader_id_fkey" FOREIGN KEY ("leader_id") REFERENCES "platform"."leader"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform"."leave_approval" ADD CONSTRAINT "leave_approval_leave_id_fkey" FOREIGN KEY ("leave_id") REFERENCES "platform"."leave_record"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform"."user" ADD CONSTRAINT "user_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "platform"."department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform"."session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "platform"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform"."deadline_adjustment" ADD CONSTRAINT "deadline_adjustment_deadline_id_fkey" FOREIGN KEY ("deadline_id") REFERENCES "platform"."deadline"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform"."reminder" ADD CONSTRAINT "reminder_deadline_id_fkey" FOREIGN KEY ("deadline_id") REFERENCES "platform"."deadline"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform"."delivery" ADD CONSTRAINT "delivery_reminder_id_fkey" FOREIGN KEY ("reminder_id") REFERENCES "platform"."reminder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform"."notification" ADD CONSTRAINT "notification_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "platform"."user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

