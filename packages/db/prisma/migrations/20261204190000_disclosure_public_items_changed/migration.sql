-- What follows in the database from a change of the public items (issue 11, measured by `pnpm bench`):
-- 1. how many public items hold each key of the search index, and 2. a notice to the servers that keep the public
-- lists' answers in memory (portal/public-answers.ts).
--
-- 1. How many public items hold each key of the search index. A reader's lone
-- term of two to four characters is one key: its number of matches is this table's row, instead of a visit to every
-- matching item (a common term is in most of them: tens of milliseconds at 100,000 documents). Kept by the database in
-- the statement that changes an item, like public_tally. The keys include a title's keys (prefix t:), so how many
-- items hold a term in their title is a row too (search-index.ts).
CREATE TABLE "disclosure"."search_key_count" (
    "key" TEXT NOT NULL,
    "items" INTEGER NOT NULL,
    CONSTRAINT "search_key_count_pkey" PRIMARY KEY ("key")
);

-- The function body is an E-string with each semicolon written \073: Prisma migrate (through @prisma/adapter-pg)
-- splits a migration at every semicolon, dollar quotes or not. One function serves the three events: a transition
-- table exists only for the events that have it, so each branch reads only its own. An update counts only the items
-- whose keys or publicness it changed (a change of validity leaves the counts alone). Applied in key order, so that
-- two statements never deadlock on the counts.
-- 2. Any statement that inserts, changes or deletes a public item (or makes one public, or takes one out of the
-- public) notifies the channel disclosure_public_items (delivered when the transaction commits, once however many
-- items it changed).
CREATE FUNCTION "disclosure"."public_items_changed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    IF EXISTS (SELECT 1 FROM new_rows WHERE state = ''published'' AND attribute = ''proactive'') THEN
      PERFORM pg_notify(''disclosure_public_items'', '''')\073
    END IF\073
    INSERT INTO "disclosure"."search_key_count" AS c (key, items)
    SELECT key, count(*) FROM new_rows n, unnest(tsvector_to_array(n.search_grams)) AS key
     WHERE n.state = ''published'' AND n.attribute = ''proactive''
     GROUP BY key ORDER BY key
    ON CONFLICT (key) DO UPDATE SET items = c.items + excluded.items\073
  ELSIF TG_OP = ''DELETE'' THEN
    IF EXISTS (SELECT 1 FROM old_rows WHERE state = ''published'' AND attribute = ''proactive'') THEN
      PERFORM pg_notify(''disclosure_public_items'', '''')\073
    END IF\073
    INSERT INTO "disclosure"."search_key_count" AS c (key, items)
    SELECT key, -count(*) FROM old_rows o, unnest(tsvector_to_array(o.search_grams)) AS key
     WHERE o.state = ''published'' AND o.attribute = ''proactive''
     GROUP BY key ORDER BY key
    ON CONFLICT (key) DO UPDATE SET items = c.items + excluded.items\073
  ELSE
    IF EXISTS (SELECT 1 FROM new_rows WHERE state = ''published'' AND attribute = ''proactive'')
       OR EXISTS (SELECT 1 FROM old_rows WHERE state = ''published'' AND attribute = ''proactive'') THEN
      PERFORM pg_notify(''disclosure_public_items'', '''')\073
    END IF\073
    INSERT INTO "disclosure"."search_key_count" AS c (key, items)
    SELECT key, sum(d) FROM (
      SELECT unnest(tsvector_to_array(CASE WHEN n.state = ''published'' AND n.attribute = ''proactive'' THEN n.search_grams END)) AS key, 1 AS d
        FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (n.state, n.attribute) IS DISTINCT FROM (o.state, o.attribute) OR n.search_grams IS DISTINCT FROM o.search_grams
      UNION ALL
      SELECT unnest(tsvector_to_array(CASE WHEN o.state = ''published'' AND o.attribute = ''proactive'' THEN o.search_grams END)), -1
        FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (n.state, n.attribute) IS DISTINCT FROM (o.state, o.attribute) OR n.search_grams IS DISTINCT FROM o.search_grams
    ) AS changes
     GROUP BY key HAVING sum(d) <> 0 ORDER BY key
    ON CONFLICT (key) DO UPDATE SET items = c.items + excluded.items\073
  END IF\073
  RETURN NULL\073
END';

-- a trigger with transition tables serves one event
CREATE TRIGGER "item_public_changed_insert" AFTER INSERT ON "disclosure"."item"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "disclosure"."public_items_changed"();
CREATE TRIGGER "item_public_changed_delete" AFTER DELETE ON "disclosure"."item"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "disclosure"."public_items_changed"();
CREATE TRIGGER "item_public_changed_update" AFTER UPDATE ON "disclosure"."item"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "disclosure"."public_items_changed"();

-- the items already public (their title keys are added when the server re-indexes them: search_version 3)
INSERT INTO "disclosure"."search_key_count" (key, items)
SELECT key, count(*) FROM "disclosure"."item" i, unnest(tsvector_to_array(i.search_grams)) AS key
 WHERE i.state = 'published' AND i.attribute = 'proactive'
 GROUP BY key;
