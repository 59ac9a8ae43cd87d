-- The public search and lists at scale (issue 11, measured by `pnpm bench`).
-- 1. search_grams now holds every run's substrings of two to four characters (set by the app, search-index.ts), so a
--    query of two to four characters is one exact key of the GIN index: found and counted without reading any text.
--    search_title is the normalised title (the ranking puts title hits first without reading the body), and
--    search_version says which way an item was indexed: the server re-indexes older ones when it starts.
ALTER TABLE "disclosure"."item" ADD COLUMN "search_title" TEXT,
ADD COLUMN "search_version" INTEGER NOT NULL DEFAULT 0;

-- The n-gram index holds public items only: its condition is every public query's, so no row needs reading to
-- know it is public (a search's matches are counted from the index and the item's visibility alone).
DROP INDEX "disclosure"."item_search_grams_idx";
CREATE INDEX "item_search_grams_idx" ON "disclosure"."item" USING GIN ("search_grams")
  WHERE "state" = 'published' AND "attribute" = 'proactive';

-- 2. The public list, newest first, read from an index of public items only.
CREATE INDEX "item_public_newest_idx" ON "disclosure"."item" ("published_at" DESC, "id")
  WHERE "state" = 'published' AND "attribute" = 'proactive';

-- 3. How many public items there are, kept by the database itself in the statement that changes an item, for every
--    combination of kind, category, issuer, validity and year of publication (China time) that a list can filter by,
--    '' (or year 0) standing for "any": the total of any list is one row, read by its key, instead of a count over
--    every item.
CREATE TABLE "disclosure"."public_tally" (
    "kind" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "validity" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "n" BIGINT NOT NULL,
    CONSTRAINT "public_tally_pkey" PRIMARY KEY ("kind", "category", "issuer", "validity", "year")
);

-- The function bodies are E-strings with each semicolon written \073: Prisma migrate (through @prisma/adapter-pg)
-- splits a migration at every semicolon, dollar quotes or not. published_at is stored as UTC without a zone (a
-- Prisma timestamp(3)), the year is the one in China.
CREATE FUNCTION "disclosure"."public_tally_inserted"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  -- the changes of this statement, summed for every combination of the five columns (CUBE: a column left out is
  -- the empty text or year 0, meaning any), applied in key order so that two statements never deadlock on the tally
  INSERT INTO "disclosure"."public_tally" AS t (kind, category, issuer, validity, year, n)
  SELECT coalesce(kind, ''''), coalesce(category, ''''), coalesce(issuer, ''''), coalesce(validity, ''''), coalesce(year, 0), sum(d)
    FROM (
      SELECT kind::text, category, issuer, validity::text, coalesce(extract(year FROM published_at AT TIME ZONE ''UTC'' AT TIME ZONE ''Asia/Shanghai'')::int, 0) AS year, 1 AS d
        FROM new_rows WHERE state = ''published'' AND attribute = ''proactive''
    ) AS changes
   GROUP BY CUBE (kind, category, issuer, validity, year) HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (kind, category, issuer, validity, year) DO UPDATE SET n = t.n + excluded.n\073
  RETURN NULL\073
END';

CREATE FUNCTION "disclosure"."public_tally_deleted"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  -- the changes of this statement, summed for every combination of the five columns (CUBE: a column left out is
  -- the empty text or year 0, meaning any), applied in key order so that two statements never deadlock on the tally
  INSERT INTO "disclosure"."public_tally" AS t (kind, category, issuer, validity, year, n)
  SELECT coalesce(kind, ''''), coalesce(category, ''''), coalesce(issuer, ''''), coalesce(validity, ''''), coalesce(year, 0), sum(d)
    FROM (
      SELECT kind::text, category, issuer, validity::text, coalesce(extract(year FROM published_at AT TIME ZONE ''UTC'' AT TIME ZONE ''Asia/Shanghai'')::int, 0) AS year, -1 AS d
        FROM old_rows WHERE state = ''published'' AND attribute = ''proactive''
    ) AS changes
   GROUP BY CUBE (kind, category, issuer, validity, year) HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (kind, category, issuer, validity, year) DO UPDATE SET n = t.n + excluded.n\073
  RETURN NULL\073
END';

CREATE FUNCTION "disclosure"."public_tally_updated"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  -- the changes of this statement, summed for every combination of the five columns (CUBE: a column left out is
  -- the empty text or year 0, meaning any), applied in key order so that two statements never deadlock on the tally
  INSERT INTO "disclosure"."public_tally" AS t (kind, category, issuer, validity, year, n)
  SELECT coalesce(kind, ''''), coalesce(category, ''''), coalesce(issuer, ''''), coalesce(validity, ''''), coalesce(year, 0), sum(d)
    FROM (
      SELECT kind::text, category, issuer, validity::text, coalesce(extract(year FROM published_at AT TIME ZONE ''UTC'' AT TIME ZONE ''Asia/Shanghai'')::int, 0) AS year, -1 AS d
        FROM old_rows WHERE state = ''published'' AND attribute = ''proactive''
      UNION ALL
      SELECT kind::text, category, issuer, validity::text, coalesce(extract(year FROM published_at AT TIME ZONE ''UTC'' AT TIME ZONE ''Asia/Shanghai'')::int, 0) AS year, 1 AS d
        FROM new_rows WHERE state = ''published'' AND attribute = ''proactive''
    ) AS changes
   GROUP BY CUBE (kind, category, issuer, validity, year) HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (kind, category, issuer, validity, year) DO UPDATE SET n = t.n + excluded.n\073
  RETURN NULL\073
END';

-- a trigger with transition tables serves one event
CREATE TRIGGER "item_public_tally_insert" AFTER INSERT ON "disclosure"."item"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "disclosure"."public_tally_inserted"();
CREATE TRIGGER "item_public_tally_delete" AFTER DELETE ON "disclosure"."item"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "disclosure"."public_tally_deleted"();
CREATE TRIGGER "item_public_tally_update" AFTER UPDATE ON "disclosure"."item"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "disclosure"."public_tally_updated"();

-- the items already public
INSERT INTO "disclosure"."public_tally" (kind, category, issuer, validity, year, n)
SELECT coalesce(kind, ''), coalesce(category, ''), coalesce(issuer, ''), coalesce(validity, ''), coalesce(year, 0), count(*)
  FROM (SELECT kind::text, category, issuer, validity::text,
               coalesce(extract(year FROM published_at AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::int, 0) AS year
          FROM "disclosure"."item" WHERE state = 'published' AND attribute = 'proactive') AS public_items
 GROUP BY CUBE (kind, category, issuer, validity, year);
