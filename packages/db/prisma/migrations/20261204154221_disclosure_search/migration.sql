-- AlterTable
ALTER TABLE "disclosure"."item" ADD COLUMN     "search_grams" tsvector,
ADD COLUMN     "search_text" TEXT;

-- CreateIndex
CREATE INDEX "item_search_grams_idx" ON "disclosure"."item" USING GIN ("search_grams");

