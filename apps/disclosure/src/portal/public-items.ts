// What the public may read, and nothing else: published items disclosed proactively. Every public surface — the
// portal's pages, the open-data API, the feed, the sitemap, search with its counts and highlights — reads through here.
import { AppError, chinaDate } from '@zhengling/core';
import { type Db, Prisma } from '@zhengling/db';
import type { Body } from '../items/body';
import { parseQuery, type SearchTerm, TITLE_KEY } from './search-index';

/** The one condition of "public" (SQL, on disclosure.item as i). */
export const PUBLIC_SQL = Prisma.sql`i.state = 'published' AND i.attribute = 'proactive'`;
/** The same for Prisma queries. */
export const PUBLIC_WHERE = { state: 'published', attribute: 'proactive' } as const;

export const VALIDITY_OUT = { in_force: 'in-force', expired: 'expired', repealed: 'repealed', amended: 'amended' } as const;
/** What checking an item's text while walking the index by date costs, against visiting the row of a match found by
 * the n-gram index (measured at 100,000 documents of 1,500 characters, pnpm bench: about 18 µs against 6 µs). */
const WALK_COST_RATIO = 3;

export const VALIDITY_IN = { 'in-force': 'in_force', expired: 'expired', repealed: 'repealed', amended: 'amended' } as const;

export interface PublicFilter {
  q?: string;
  category?: string;
  issuer?: string;
  validity?: keyof typeof VALIDITY_IN;
  kind?: string;
  year?: number;
  page: number;
  pageSize: number;
}

export interface PublicRow {
  id: string;
  kind: string;
  indexNumber: string | null;
  title: string;
  docNumber: string | null;
  issuer: string;
  category: string;
  summary: string;
  writtenOn: Date | null;
  publishedAt: Date;
  validity: keyof typeof VALIDITY_OUT;
  snippetSource: string | null;
}

const ROW_SQL = Prisma.sql`i.id, i.kind::text AS kind, i.index_number AS "indexNumber", i.title, i.doc_number AS "docNumber", i.issuer,
           i.category, i.summary, i.written_on AS "writtenOn", i.published_at AS "publishedAt", i.validity::text AS validity`;

/**
 * Public items, filtered, newest first — or, with a query, every item containing it, title hits first, then newest.
 * Without a query the total is one row of the database's tally of public items (public_tally) and the page comes
 * from the index of public items by date. With one, the matches are found from the n-gram index (reading the text
 * only for terms no single key finds exactly) and counted — for a lone term, unfiltered, by the database's count of
 * its key (search_key_count) — and only the page's rows are read in full.
 */
export async function listPublic(db: Db, f: PublicFilter): Promise<{ rows: PublicRow[]; total: number; terms: string[] }> {
  // the filters, on the items (alias i)
  const onItems: Prisma.Sql[] = [];
  if (f.category) onItems.push(Prisma.sql`i.category = ${f.category}`);
  if (f.issuer) onItems.push(Prisma.sql`i.issuer = ${f.issuer}`);
  if (f.validity) onItems.push(Prisma.sql`i.validity = ${VALIDITY_IN[f.validity]}::disclosure."Validity"`);
  if (f.kind) onItems.push(Prisma.sql`i.kind = ${f.kind}::disclosure."DisclosureKind"`);
  const yearRange = f.year
    ? [Prisma.sql`i.published_at >= ${new Date(`${f.year}-01-01T00:00:00+08:00`)} AND i.published_at < ${new Date(`${f.year + 1}-01-01T00:00:00+08:00`)}`]
    : [];
  const offset = (f.page - 1) * f.pageSize;
  const parsed = f.q?.trim() ? parseQuery(f.q) : null;

  // the tally's row for the filters ('' and 0: any): how many public items they leave
  const tallied = () =>
    db.$queryRaw<{ n: bigint }[]>`
      SELECT n FROM disclosure.public_tally
       WHERE kind = ${f.kind ?? ''} AND category = ${f.category ?? ''} AND issuer = ${f.issuer ?? ''}
         AND validity = ${f.validity ? VALIDITY_IN[f.validity] : ''} AND year = ${f.year ?? 0}`.then((r) => Number(r[0]?.n ?? 0));

  if (!parsed) {
    const where = Prisma.join([PUBLIC_SQL, ...onItems, ...yearRange], ' AND ');
    const [rows, total] = await Promise.all([
      // the page's ids first (unfiltered, from the index of public items by date alone, however deep the page), then
      // only those rows
      db.$queryRaw<PublicRow[]>`
        SELECT ${ROW_SQL}, NULL::text AS "snippetSource"
          FROM disclosure.item i
         WHERE i.id IN (SELECT i.id FROM disclosure.item i WHERE ${where} ORDER BY i.published_at DESC, i.id LIMIT ${f.pageSize} OFFSET ${offset})
         ORDER BY i.published_at DESC, i.id`,
      tallied(),
    ]);
    return { rows, total, terms: [] };
  }

  const [first] = parsed.terms as [SearchTerm, ...SearchTerm[]];
  const where = (conditions: Prisma.Sql[]) => Prisma.join([PUBLIC_SQL, ...onItems, ...yearRange, ...conditions], ' AND ');
  // The matches, found two ways (newest() picks one). Through the n-gram index: every term's keys (one tsquery, so
  // the index answers it alone) and, for a term no single key finds exactly, the term in the text. Item by item
  // (walking the items by date): every term in the normalised text — a short read, where the key list is long.
  const contained = parsed.terms.map((t) => Prisma.sql`strpos(i.search_text, ${t.text}) > 0`);
  const byKeys = (tsquery: string | null) =>
    tsquery ? [Prisma.sql`i.search_grams @@ ${tsquery}::tsquery`, ...parsed.terms.filter((t) => !t.exact).map((t) => Prisma.sql`strpos(i.search_text, ${t.text}) > 0`)] : contained;
  // Those with the first term in their title (ranked first), and the others. Title hits are found by the title's keys
  // when the first term is one key; otherwise, and the others always, by the title's text (a short column of the
  // item's row: a negation inside the tsquery would make the index re-check every candidate's whole key list).
  const titleKeyed = first.exact && parsed.tsquery && parsed.titleTsquery;
  const titleText = Prisma.sql`strpos(coalesce(i.search_title, ''), ${first.text}) > 0`;
  const all = where(byKeys(parsed.tsquery));
  const titled = {
    found: titleKeyed ? where(byKeys(`${parsed.tsquery} & ${parsed.titleTsquery}`)) : where([...byKeys(parsed.tsquery), titleText]),
    walked: where([...contained, titleText]),
  };
  const untitled = {
    found: where([...byKeys(parsed.tsquery), Prisma.sql`NOT (${titleText})`]),
    walked: where([...contained, Prisma.sql`NOT (${titleText})`]),
  };

  // 1. How many match, how many of them in the title, how many public items the filters leave. A lone term of two to
  // four characters, unfiltered, is one key: all three are rows the database keeps (search_key_count, public_tally).
  // Otherwise the matches are counted from the index.
  const oneKey = parsed.terms.length === 1 && titleKeyed && !onItems.length && !yearRange.length;
  const [total, titleTotal, within]: [number, number, number] = oneKey
    ? await db.$queryRaw<{ total: number | null; titled: number | null; within: bigint | null }[]>`
        SELECT (SELECT items FROM disclosure.search_key_count WHERE key = ${first.text}) AS total,
               (SELECT items FROM disclosure.search_key_count WHERE key = ${TITLE_KEY + first.text}) AS titled,
               (SELECT n FROM disclosure.public_tally WHERE kind = '' AND category = '' AND issuer = '' AND validity = '' AND year = 0) AS within`
        .then(([r]) => [r?.total ?? 0, r?.titled ?? 0, Number(r?.within ?? 0)] as [number, number, number])
    : await Promise.all([countThroughIndex(all), countThroughIndex(titled.found), tallied()]);

  // 2. The page: title hits first, then the others, each newest first, both parts read at once.
  const fromTitled = Math.max(0, Math.min(f.pageSize, titleTotal - offset));
  const [titleHits, others] = await Promise.all([
    newest(titled, titleTotal, fromTitled, offset),
    newest(untitled, total - titleTotal, f.pageSize - fromTitled, Math.max(0, offset - titleTotal)),
  ]);
  const ids = [...titleHits, ...others];
  if (!ids.length) return { rows: [], total, terms: parsed.terms.map((t) => t.text) };
  const details = await db.$queryRaw<PublicRow[]>`
    SELECT ${ROW_SQL},
           CASE WHEN strpos(lower(i.body_text), ${first.text}) > 0
                THEN substr(i.body_text, greatest(strpos(lower(i.body_text), ${first.text}) - 40, 1), 120 + char_length(${first.text}))
                ELSE nullif(i.summary, '') END AS "snippetSource"
      FROM disclosure.item i WHERE i.id = ANY(${ids}::text[])`;
  const byId = new Map(details.map((d) => [d.id, d]));
  return { rows: ids.map((id) => byId.get(id)!).filter(Boolean), total, terms: parsed.terms.map((t) => t.text) };

  /** Count the items matching, kept off a scan of the whole table (which the planner prefers for a very common term,
   * not counting what reading each item's key list costs: seconds, against a tenth of a second through the index). */
  function countThroughIndex(where: Prisma.Sql) {
    return db
      .$transaction([db.$executeRaw`SET LOCAL enable_seqscan = off`, db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM disclosure.item i WHERE ${where}`])
      .then(([, [r]]) => Number(r!.n));
  }

  /**
   * A page of the ids of the `matches` items of a part, newest first, read the cheaper of two ways. Walking the index
   * of public items by date reads each item's text until the page is full: worth it when matches are dense (a common
   * term's first page comes after a few dozen items). Otherwise the n-gram index finds every match and the newest
   * are picked from them (visiting each match's row, not its text). Walking costs about (skip + limit) × within /
   * matches items × WALK_COST_RATIO, finding about matches rows: walk when matches² > ratio × (skip + limit) × within.
   * The planner cannot weigh this itself (its estimate for a key it has no statistics for can be off a hundredfold,
   * and it does not count reading texts), so the way is set for the statement.
   */
  async function newest(part: { found: Prisma.Sql; walked: Prisma.Sql }, matches: number, limit: number, skip: number): Promise<string[]> {
    if (limit <= 0 || skip >= matches) return [];
    const walk = matches * matches > WALK_COST_RATIO * (skip + limit) * within;
    const [, rows] = await db.$transaction([
      db.$queryRaw`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', ${walk ? 'off' : 'on'}, true)`,
      walk
        ? db.$queryRaw<{ id: string }[]>`
            SELECT i.id FROM disclosure.item i WHERE ${part.walked} ORDER BY i.published_at DESC, i.id LIMIT ${limit} OFFSET ${skip}`
        : db.$queryRaw<{ id: string }[]>`
            WITH found AS MATERIALIZED (SELECT i.id, i.published_at FROM disclosure.item i WHERE ${part.found})
            SELECT id FROM found ORDER BY published_at DESC, id LIMIT ${limit} OFFSET ${skip}`,
    ]);
    return rows.map((r) => r.id);
  }
}

/** One public item with what its page shows; NOT_FOUND for anything not public (the same answer as for nothing). */
export async function getPublic(db: Db, id: string) {
  const item = await db.disclosureItem.findFirst({
    where: { id, ...PUBLIC_WHERE },
    include: {
      interpretation: { select: { id: true, title: true, state: true, attribute: true } },
      interprets: { select: { id: true, title: true, state: true, attribute: true } },
      relatedFrom: { include: { to: { select: { id: true, title: true, docNumber: true, state: true, attribute: true } } } },
      relatedTo: { include: { from: { select: { id: true, title: true, docNumber: true, state: true, attribute: true } } } },
      events: { where: { step: { in: ['published', 'validity'] } }, orderBy: [{ at: 'asc' }, { id: 'asc' }], select: { step: true, note: true, at: true } },
    },
  });
  if (!item) throw new AppError('NOT_FOUND');
  const visible = <T extends { state: string; attribute: string }>(x: T | null | undefined) =>
    x && x.state === 'published' && x.attribute === 'proactive' ? x : null;
  const { image, searchText: _s, ...rest } = item as typeof item & { searchText?: string | null };
  return {
    ...rest,
    body: item.body as Body,
    hasImage: image !== null,
    interpretation: visible(item.interpretation),
    interprets: visible(item.interprets),
    amends: item.relatedFrom.filter((r) => visible(r.to)).map((r) => ({ kind: r.kind, item: r.to })),
    amendedBy: item.relatedTo.filter((r) => visible(r.from)).map((r) => ({ kind: r.kind, item: r.from })),
    history: [
      { date: chinaDate(item.publishedAt!), event: '发布' },
      ...item.events.filter((e) => e.step === 'validity').map((e) => ({ date: chinaDate(e.at), event: e.note })),
    ],
  };
}

/** How many items are public (the sitemap decides from it whether it needs an index): the tally's row for "any". */
export async function countPublic(db: Db): Promise<number> {
  return (await listPublic(db, { page: 1, pageSize: 1 })).total;
}

/** A slice of the public items' addresses, newest first (one query per sitemap file). */
export async function publicAddresses(db: Db, offset: number, limit: number) {
  return db.$queryRaw<{ id: string; publishedAt: Date }[]>`
    SELECT i.id, i.published_at AS "publishedAt" FROM disclosure.item i
     WHERE ${PUBLIC_SQL} ORDER BY i.published_at DESC, i.id LIMIT ${limit} OFFSET ${offset}`;
}

/** The issuers and the years of publication of public items (of a kind), and how many items each category has: read
 * from the tally. */
export async function publicIssuers(db: Db, kind = ''): Promise<string[]> {
  const rows = await db.$queryRaw<{ issuer: string }[]>`
    SELECT issuer FROM disclosure.public_tally
     WHERE kind = ${kind} AND category = '' AND validity = '' AND year = 0 AND issuer <> '' AND n > 0 ORDER BY issuer`;
  return rows.map((r) => r.issuer);
}

export async function publicCategories(db: Db): Promise<{ category: string; n: number }[]> {
  const rows = await db.$queryRaw<{ category: string; n: bigint }[]>`
    SELECT category, n FROM disclosure.public_tally
     WHERE kind = '' AND issuer = '' AND validity = '' AND year = 0 AND category <> '' AND n > 0 ORDER BY category`;
  return rows.map((r) => ({ category: r.category, n: Number(r.n) }));
}

export async function publicYears(db: Db, kind = ''): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT year FROM disclosure.public_tally
     WHERE kind = ${kind} AND category = '' AND issuer = '' AND validity = '' AND year <> 0 AND n > 0 ORDER BY year DESC`;
  return rows.map((r) => r.year);
}
