-- AlterEnum
ALTER TYPE "supervision"."TaskKind" ADD VALUE 'suggestion_commitment';

-- AlterTable
ALTER TABLE "supervision"."task" ADD COLUMN     "suggestion_id" TEXT;

-- CreateTable
CREATE TABLE "supervision"."suggestion" (
    "id" TEXT NOT NULL,
    "source_body" TEXT NOT NULL,
    "session" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "proposers" TEXT[],
    "body" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL DEFAULT 'registered',
    "lead_department_id" TEXT,
    "co_department_ids" TEXT[],
    "assigned_on" DATE,
    "return_by_on" DATE,
    "return_reason" TEXT,
    "difficult" BOOLEAN NOT NULL DEFAULT false,
    "difficult_reason" TEXT,
    "contacted_on" DATE,
    "contact_note" TEXT NOT NULL DEFAULT '',
    "round" INTEGER NOT NULL DEFAULT 1,
    "answer_category" TEXT,
    "answer_text" TEXT NOT NULL DEFAULT '',
    "answer_promises" JSONB NOT NULL DEFAULT '[]',
    "answer_drafted_by" TEXT,
    "answer_signed_by" TEXT,
    "answered_on" DATE,
    "rating_due_on" DATE,
    "rating" TEXT,
    "rating_note" TEXT NOT NULL DEFAULT '',
    "rated_on" DATE,
    "first_answer" JSONB,
    "disclosure_exempt" BOOLEAN NOT NULL DEFAULT false,
    "exempt_reason" TEXT,
    "disclosure_item_id" TEXT,
    "sent_at" TIMESTAMP(3),
    "contact_deadline_id" TEXT,
    "answer_deadline_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT NOT NULL,
    "updated_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision"."suggestion_opinion" (
    "id" TEXT NOT NULL,
    "suggestion_id" TEXT NOT NULL,
    "department_id" TEXT NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 1,
    "opinion" TEXT NOT NULL DEFAULT '',
    "by_name" TEXT,
    "submitted_at" TIMESTAMP(3),
    "deadline_id" TEXT,

    CONSTRAINT "suggestion_opinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision"."suggestion_event" (
    "id" TEXT NOT NULL,
    "suggestion_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "by_id" TEXT NOT NULL,
    "by_name" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "suggestion_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "suggestion_session_state_idx" ON "supervision"."suggestion"("session", "state");

-- CreateIndex
CREATE INDEX "suggestion_lead_department_id_state_idx" ON "supervision"."suggestion"("lead_department_id", "state");

-- CreateIndex
CREATE UNIQUE INDEX "suggestion_source_body_session_number_key" ON "supervision"."suggestion"("source_body", "session", "number");

-- CreateIndex
CREATE UNIQUE INDEX "suggestion_opinion_suggestion_id_department_id_round_key" ON "supervision"."suggestion_opinion"("suggestion_id", "department_id", "round");

-- CreateIndex
CREATE INDEX "suggestion_event_suggestion_id_at_idx" ON "supervision"."suggestion_event"("suggestion_id", "at");

-- AddForeignKey
ALTER TABLE "supervision"."suggestion_opinion" ADD CONSTRAINT "suggestion_opinion_suggestion_id_fkey" FOREIGN KEY ("suggestion_id") REFERENCES "supervision"."suggestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision"."suggestion_event" ADD CONSTRAINT "suggestion_event_suggestion_id_fkey" FOREIGN KEY ("suggestion_id") REFERENCES "supervision"."suggestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

