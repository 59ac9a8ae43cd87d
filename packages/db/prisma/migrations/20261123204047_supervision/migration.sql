-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "supervision";

-- CreateEnum
CREATE TYPE "supervision"."TaskKind" AS ENUM ('work_report', 'instruction', 'meeting_decision');

-- CreateEnum
CREATE TYPE "supervision"."TaskState" AS ENUM ('open', 'completion_requested', 'completed', 'returned');

-- CreateEnum
CREATE TYPE "supervision"."ReportCycle" AS ENUM ('monthly', 'quarterly', 'none');

-- CreateEnum
CREATE TYPE "supervision"."ReportStatus" AS ENUM ('awaiting_sign_off', 'signed_off', 'rejected');

-- CreateEnum
CREATE TYPE "supervision"."NoticeLevel" AS ENUM ('reminder', 'urging', 'supervision');

-- CreateTable
CREATE TABLE "supervision"."work_report" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "adopted_on" DATE NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "work_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision"."task" (
    "id" TEXT NOT NULL,
    "kind" "supervision"."TaskKind" NOT NULL,
    "work_report_id" TEXT,
    "parent_id" TEXT,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "measures" TEXT,
    "lead_department_id" TEXT NOT NULL,
    "co_department_ids" TEXT[],
    "leader_id" TEXT,
    "leader_basis" TEXT,
    "start_date" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "report_cycle" "supervision"."ReportCycle" NOT NULL DEFAULT 'monthly',
    "state" "supervision"."TaskState" NOT NULL DEFAULT 'open',
    "percent" INTEGER NOT NULL DEFAULT 0,
    "last_reported_at" TIMESTAMP(3),
    "return_reason" TEXT,
    "completed_at" TIMESTAMP(3),
    "source" TEXT,
    "instructed_by" TEXT,
    "instruction_text" TEXT,
    "meeting_name" TEXT,
    "meeting_kind" TEXT,
    "meeting_date" DATE,
    "agenda_item" TEXT,
    "agenda_check" JSONB,
    "due_deadline_id" TEXT,
    "report_deadline_id" TEXT,
    "report_period" TEXT,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision"."milestone" (
    "id" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "due_date" DATE NOT NULL,
    "done_on" DATE,

    CONSTRAINT "milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision"."progress_report" (
    "id" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "department_id" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "percent" INTEGER NOT NULL,
    "narrative" TEXT NOT NULL,
    "ask_completion" BOOLEAN NOT NULL DEFAULT false,
    "status" "supervision"."ReportStatus" NOT NULL DEFAULT 'awaiting_sign_off',
    "submitted_by_id" TEXT NOT NULL,
    "submitted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "signed_off_by_id" TEXT,
    "signed_off_at" TIMESTAMP(3),
    "head_comment" TEXT,

    CONSTRAINT "progress_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision"."report_attachment" (
    "id" TEXT NOT NULL,
    "report_id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploaded_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision"."notice" (
    "id" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "department_id" TEXT NOT NULL,
    "level" "supervision"."NoticeLevel" NOT NULL,
    "year" INTEGER NOT NULL,
    "serial" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "matter" TEXT NOT NULL,
    "requirements" TEXT NOT NULL,
    "due_date" DATE NOT NULL,
    "issued_by_id" TEXT NOT NULL,
    "issued_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ack_deadline_id" TEXT,
    "acknowledged_at" TIMESTAMP(3),
    "acknowledged_by_id" TEXT,
    "acknowledged_by_name" TEXT,

    CONSTRAINT "notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision"."setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_by_id" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "supervision"."calendar_feed" (
    "id" TEXT NOT NULL,
    "owner_kind" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMP(3),

    CONSTRAINT "calendar_feed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "work_report_year_key" ON "supervision"."work_report"("year");

-- CreateIndex
CREATE INDEX "task_lead_department_id_state_idx" ON "supervision"."task"("lead_department_id", "state");

-- CreateIndex
CREATE INDEX "task_co_department_ids_idx" ON "supervision"."task" USING GIN ("co_department_ids");

-- CreateIndex
CREATE INDEX "task_leader_id_state_idx" ON "supervision"."task"("leader_id", "state");

-- CreateIndex
CREATE INDEX "task_kind_state_due_date_idx" ON "supervision"."task"("kind", "state", "due_date");

-- CreateIndex
CREATE INDEX "task_parent_id_idx" ON "supervision"."task"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "task_kind_work_report_id_number_key" ON "supervision"."task"("kind", "work_report_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "milestone_task_id_seq_key" ON "supervision"."milestone"("task_id", "seq");

-- CreateIndex
CREATE INDEX "progress_report_department_id_status_idx" ON "supervision"."progress_report"("department_id", "status");

-- CreateIndex
CREATE INDEX "progress_report_task_id_submitted_at_idx" ON "supervision"."progress_report"("task_id", "submitted_at");

-- CreateIndex
CREATE UNIQUE INDEX "progress_report_task_id_department_id_period_key" ON "supervision"."progress_report"("task_id", "department_id", "period");

-- CreateIndex
CREATE INDEX "report_attachment_report_id_idx" ON "supervision"."report_attachment"("report_id");

-- CreateIndex
CREATE UNIQUE INDEX "notice_number_key" ON "supervision"."notice"("number");

-- CreateIndex
CREATE INDEX "notice_task_id_idx" ON "supervision"."notice"("task_id");

-- CreateIndex
CREATE INDEX "notice_department_id_acknowledged_at_idx" ON "supervision"."notice"("department_id", "acknowledged_at");

-- CreateIndex
CREATE UNIQUE INDEX "notice_level_year_serial_key" ON "supervision"."notice"("level", "year", "serial");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feed_token_hash_key" ON "supervision"."calendar_feed"("token_hash");

-- CreateIndex
CREATE INDEX "calendar_feed_owner_kind_owner_id_idx" ON "supervision"."calendar_feed"("owner_kind", "owner_id");

-- AddForeignKey
ALTER TABLE "supervision"."task" ADD CONSTRAINT "task_work_report_id_fkey" FOREIGN KEY ("work_report_id") REFERENCES "supervision"."work_report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision"."task" ADD CONSTRAINT "task_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "supervision"."task"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision"."milestone" ADD CONSTRAINT "milestone_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "supervision"."task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision"."progress_report" ADD CONSTRAINT "progress_report_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "supervision"."task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision"."report_attachment" ADD CONSTRAINT "report_attachment_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "supervision"."progress_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision"."notice" ADD CONSTRAINT "notice_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "supervision"."task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

