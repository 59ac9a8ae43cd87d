-- AlterTable
ALTER TABLE "supervision"."task" ADD COLUMN     "number_sort" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "task_number_sort_id_idx" ON "supervision"."task"("number_sort", "id");


-- Backfill: every run of digits zero-padded to six places, the rest as written (tasks/number-sort.ts does the same).
UPDATE "supervision"."task" t SET "number_sort" = (
  SELECT string_agg(CASE WHEN m[1] IS NOT NULL THEN lpad(m[1], 6, '0') ELSE m[2] END, '' ORDER BY ord)
    FROM regexp_matches(t."number", '(\d+)|(\D+)', 'g') WITH ORDINALITY AS x(m, ord)
);
