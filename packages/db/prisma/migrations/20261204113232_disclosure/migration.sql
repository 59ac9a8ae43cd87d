-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "disclosure";

-- CreateEnum
CREATE TYPE "disclosure"."DisclosureKind" AS ENUM ('policy', 'normative_document', 'meeting_decision', 'suggestion_answer', 'cleanup_result', 'interpretation', 'other');

-- CreateEnum
CREATE TYPE "disclosure"."DisclosureAttribute" AS ENUM ('proactive', 'on_application', 'withheld');

-- CreateEnum
CREATE TYPE "disclosure"."DisclosureState" AS ENUM ('draft', 'in_review', 'awaiting_signoff', 'published', 'withheld');

-- CreateEnum
CREATE TYPE "disclosure"."Validity" AS ENUM ('in_force', 'expired', 'repealed', 'amended');

-- CreateEnum
CREATE TYPE "disclosure"."InterpretationForm" AS ENUM ('text', 'qa', 'image');

-- CreateEnum
CREATE TYPE "disclosure"."RelationKind" AS ENUM ('amends', 'replaces', 'repeals');

-- CreateEnum
CREATE TYPE "disclosure"."ApplicationState" AS ENUM ('registered', 'awaiting_supplement', 'consulting', 'answered');

-- CreateTable
CREATE TABLE "disclosure"."item" (
    "id" TEXT NOT NULL,
    "kind" "disclosure"."DisclosureKind" NOT NULL,
    "index_number" TEXT,
    "title" TEXT NOT NULL,
    "doc_number" TEXT,
    "issuer" TEXT NOT NULL,
    "drafting_department_id" TEXT NOT NULL,
    "written_on" DATE,
    "formed_on" DATE NOT NULL,
    "published_at" TIMESTAMP(3),
    "category" TEXT NOT NULL,
    "attribute" "disclosure"."DisclosureAttribute" NOT NULL DEFAULT 'proactive',
    "attribute_reason" TEXT,
    "validity" "disclosure"."Validity" NOT NULL DEFAULT 'in_force',
    "legal_basis" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" JSONB NOT NULL,
    "body_text" TEXT NOT NULL,
    "signoff_kind" TEXT NOT NULL,
    "state" "disclosure"."DisclosureState" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "needs_interpretation" BOOLEAN NOT NULL DEFAULT false,
    "exemption_reason" TEXT,
    "exemption_state" TEXT,
    "exemption_reviewed_by" TEXT,
    "interprets_id" TEXT,
    "form" "disclosure"."InterpretationForm",
    "image" BYTEA,
    "image_type" TEXT,
    "image_alt" TEXT,
    "signoff" JSONB,
    "review" JSONB,
    "validity_changes" JSONB,
    "source" TEXT NOT NULL DEFAULT 'staff',
    "source_ref" TEXT,
    "deadline_id" TEXT,
    "created_by_id" TEXT NOT NULL,
    "updated_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "disclosure"."item_version" (
    "id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "doc_number" TEXT,
    "body" JSONB NOT NULL,
    "body_text" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "item_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "disclosure"."item_event" (
    "id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "actor_id" TEXT,
    "actor_label" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "item_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "disclosure"."item_relation" (
    "id" TEXT NOT NULL,
    "from_id" TEXT NOT NULL,
    "to_id" TEXT NOT NULL,
    "kind" "disclosure"."RelationKind" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "item_relation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "disclosure"."application" (
    "id" TEXT NOT NULL,
    "receipt_number" TEXT NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "applicant_type" TEXT NOT NULL,
    "applicant_name" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "received_on" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "state" "disclosure"."ApplicationState" NOT NULL DEFAULT 'registered',
    "supplement_requested_on" DATE,
    "supplement_request" TEXT,
    "supplement_received_on" DATE,
    "extension" JSONB,
    "thirdParty" JSONB,
    "outcome" TEXT,
    "outcome_reasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "answer" TEXT,
    "answered_on" DATE,
    "deadline_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "disclosure"."annual_report" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "overview" TEXT NOT NULL DEFAULT '',
    "problems" TEXT NOT NULL DEFAULT '',
    "other_matters" TEXT NOT NULL DEFAULT '',
    "manual_proactive" JSONB NOT NULL,
    "review_and_litigation" JSONB NOT NULL,
    "published" JSONB,
    "published_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "annual_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "disclosure"."setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_by_id" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "disclosure"."counter" (
    "key" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "counter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "item_index_number_key" ON "disclosure"."item"("index_number");

-- CreateIndex
CREATE UNIQUE INDEX "item_interprets_id_key" ON "disclosure"."item"("interprets_id");

-- CreateIndex
CREATE INDEX "item_state_kind_idx" ON "disclosure"."item"("state", "kind");

-- CreateIndex
CREATE INDEX "item_drafting_department_id_state_idx" ON "disclosure"."item"("drafting_department_id", "state");

-- CreateIndex
CREATE UNIQUE INDEX "item_source_source_ref_key" ON "disclosure"."item"("source", "source_ref");

-- CreateIndex
CREATE UNIQUE INDEX "item_version_item_id_number_key" ON "disclosure"."item_version"("item_id", "number");

-- CreateIndex
CREATE INDEX "item_event_item_id_at_idx" ON "disclosure"."item_event"("item_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "item_relation_from_id_to_id_kind_key" ON "disclosure"."item_relation"("from_id", "to_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "application_receipt_number_key" ON "disclosure"."application"("receipt_number");

-- CreateIndex
CREATE INDEX "application_state_idx" ON "disclosure"."application"("state");

-- CreateIndex
CREATE INDEX "application_received_on_idx" ON "disclosure"."application"("received_on");

-- CreateIndex
CREATE UNIQUE INDEX "annual_report_year_key" ON "disclosure"."annual_report"("year");

-- AddForeignKey
ALTER TABLE "disclosure"."item" ADD CONSTRAINT "item_interprets_id_fkey" FOREIGN KEY ("interprets_id") REFERENCES "disclosure"."item"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure"."item_version" ADD CONSTRAINT "item_version_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "disclosure"."item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure"."item_event" ADD CONSTRAINT "item_event_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "disclosure"."item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure"."item_relation" ADD CONSTRAINT "item_relation_from_id_fkey" FOREIGN KEY ("from_id") REFERENCES "disclosure"."item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure"."item_relation" ADD CONSTRAINT "item_relation_to_id_fkey" FOREIGN KEY ("to_id") REFERENCES "disclosure"."item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

