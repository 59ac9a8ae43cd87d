-- The normative-document registry (issue 12 §1): documents, their recorded steps, their filings.
-- CreateEnum
CREATE TYPE "supervision"."NormativeValidity" AS ENUM ('in_force', 'expired', 'repealed', 'amended');

-- CreateTable
CREATE TABLE "supervision"."normative_document" (
    "id" TEXT NOT NULL,
    "subtype" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "doc_number" TEXT,
    "drafting_department_id" TEXT NOT NULL,
    "issuing_body" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL DEFAULT 'drafting',
    "validity" "supervision"."NormativeValidity",
    "facts" JSONB NOT NULL DEFAULT '{}',
    "published_on" DATE,
    "effective_on" DATE,
    "last_cleanup_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT NOT NULL,
    "updated_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "normative_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision"."normative_document_step" (
    "id" TEXT NOT NULL,
    "document_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "from_state" TEXT,
    "to_state" TEXT,
    "fact" TEXT,
    "value" BOOLEAN,
    "note" TEXT NOT NULL DEFAULT '',
    "citations" JSONB NOT NULL DEFAULT '[]',
    "by_id" TEXT NOT NULL,
    "by_name" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "normative_document_step_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision"."normative_document_filing" (
    "id" TEXT NOT NULL,
    "document_id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "requirement" TEXT NOT NULL,
    "due_date" DATE,
    "deadline_id" TEXT,
    "filed_on" DATE,
    "reference" TEXT,
    "filed_by_id" TEXT,

    CONSTRAINT "normative_document_filing_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "normative_document_doc_number_key" ON "supervision"."normative_document"("doc_number");

-- CreateIndex
CREATE INDEX "normative_document_state_idx" ON "supervision"."normative_document"("state");

-- CreateIndex
CREATE INDEX "normative_document_drafting_department_id_idx" ON "supervision"."normative_document"("drafting_department_id");

-- CreateIndex
CREATE INDEX "normative_document_step_document_id_at_idx" ON "supervision"."normative_document_step"("document_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "normative_document_filing_document_id_body_key" ON "supervision"."normative_document_filing"("document_id", "body");

-- AddForeignKey
ALTER TABLE "supervision"."normative_document_step" ADD CONSTRAINT "normative_document_step_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "supervision"."normative_document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision"."normative_document_filing" ADD CONSTRAINT "normative_document_filing_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "supervision"."normative_document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

