-- Cleanups of normative documents (issue 12 §2), and when a registered document was sent to the disclosure app.
-- AlterTable
ALTER TABLE "supervision"."normative_document" ADD COLUMN     "sent_to_disclosure_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "supervision"."normative_cleanup" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "last_cleanup_on" DATE NOT NULL,
    "due_on" DATE NOT NULL,
    "due_basis" TEXT NOT NULL,
    "opened_on" DATE NOT NULL,
    "units_due_on" DATE NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'open',
    "meeting" TEXT,
    "meeting_name" TEXT,
    "meeting_on" DATE,
    "disclosure_item_id" TEXT,
    "sent_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT NOT NULL,
    "updated_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "normative_cleanup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision"."normative_cleanup_unit" (
    "id" TEXT NOT NULL,
    "cleanup_id" TEXT NOT NULL,
    "department_id" TEXT NOT NULL,
    "deadline_id" TEXT,
    "submitted_at" TIMESTAMP(3),

    CONSTRAINT "normative_cleanup_unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision"."normative_cleanup_item" (
    "id" TEXT NOT NULL,
    "cleanup_id" TEXT NOT NULL,
    "document_id" TEXT NOT NULL,
    "department_id" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'assigned',
    "outcome" TEXT,
    "reasons" TEXT NOT NULL DEFAULT '',
    "proposed_by_name" TEXT,
    "proposed_at" TIMESTAMP(3),
    "ground_found" BOOLEAN,
    "review_opinion" TEXT NOT NULL DEFAULT '',
    "reviewed_by_name" TEXT,
    "reviewed_at" TIMESTAMP(3),
    "basis" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "normative_cleanup_item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "normative_cleanup_state_idx" ON "supervision"."normative_cleanup"("state");

-- CreateIndex
CREATE UNIQUE INDEX "normative_cleanup_unit_cleanup_id_department_id_key" ON "supervision"."normative_cleanup_unit"("cleanup_id", "department_id");

-- CreateIndex
CREATE INDEX "normative_cleanup_item_cleanup_id_department_id_idx" ON "supervision"."normative_cleanup_item"("cleanup_id", "department_id");

-- CreateIndex
CREATE UNIQUE INDEX "normative_cleanup_item_cleanup_id_document_id_key" ON "supervision"."normative_cleanup_item"("cleanup_id", "document_id");

-- AddForeignKey
ALTER TABLE "supervision"."normative_cleanup_unit" ADD CONSTRAINT "normative_cleanup_unit_cleanup_id_fkey" FOREIGN KEY ("cleanup_id") REFERENCES "supervision"."normative_cleanup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision"."normative_cleanup_item" ADD CONSTRAINT "normative_cleanup_item_cleanup_id_fkey" FOREIGN KEY ("cleanup_id") REFERENCES "supervision"."normative_cleanup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision"."normative_cleanup_item" ADD CONSTRAINT "normative_cleanup_item_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "supervision"."normative_document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

