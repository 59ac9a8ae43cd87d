// What the public may read, and nothing else: published items disclosed proactively. Every public surface — the
// portal's pages, the open-data API, the feed, the sitemap, search with its counts and highlights — reads through here.
import { AppError, chinaDate } from '@zhengling/core';
import { type Db, Prisma } from '@zhengling/db';
import type { Body } from '../items/body';
import { parseQuery } from './search-index';

/** The one condition of "public" (SQL, on disclosure.item as i). */
export const PUBLIC_SQL = Prisma.sql`i.state = 'published' AND i.attribute = 'proactive'`;
/** The same for Prisma queries. */
export const PUBLIC_WHERE = { state: 'published', attribute: 'proactive' } as const;

export const VALIDITY_OUT = { in_force: 'in-force', expired: 'expired', repealed: 'repealed', amended: 'amended' } as const;
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
 * from the index of public items by date. With one, the matches are found and counted once from the n-gram index
 * (reading the text only for terms no single key finds exactly), and only the page's rows are read in full.
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

  if (!parsed) {
    const where = Prisma.join([PUBLIC_SQL, ...onItems, ...yearRange], ' AND ');
    const [rows, tally] = await Promise.all([
      db.$queryRaw<PublicRow[]>`
        SELECT ${ROW_SQL}, NULL::text AS "snippetSource"
          FROM disclosure.item i WHERE ${where}
         ORDER BY i.published_at DESC, i.id LIMIT ${f.pageSize} OFFSET ${offset}`,
      // the tally's row for this combination of filters ('' and 0: any)
      db.$queryRaw<{ n: bigint }[]>`
        SELECT n FROM disclosure.public_tally
         WHERE kind = ${f.kind ?? ''} AND category = ${f.category ?? ''} AND issuer = ${f.issuer ?? ''}
           AND validity = ${f.validity ? VALIDITY_IN[f.validity] : ''} AND year = ${f.year ?? 0}`,
    ]);
    return { rows, total: Number(tally[0]?.n ?? 0), terms: [] };
  }

  const conditions: Prisma.Sql[] = [PUBLIC_SQL, ...onItems, ...yearRange];
  if (parsed.tsquery) conditions.push(Prisma.sql`i.search_grams @@ ${parsed.tsquery}::tsquery`);
  for (const term of parsed.terms) if (!term.exact || !parsed.tsquery) conditions.push(Prisma.sql`strpos(i.search_text, ${term.text}) > 0`);
  const first = parsed.terms[0]?.text ?? '';
  const where = Prisma.join(conditions, ' AND ');
  // Two queries at once, each reading the matches from the n-gram index: how many, and the page of them. The planner
  // is kept off a scan of the whole table, which it prefers for a very common term without counting what reading
  // each item's text costs (seconds, against a tenth of a second through the index).
  const throughIndex = <T>(query: Prisma.Sql) =>
    db.$transaction([db.$executeRaw`SET LOCAL enable_seqscan = off`, db.$queryRaw<T>(query)]).then(([, rows]) => rows);
  const [page, [count]] = await Promise.all([
    throughIndex<{ id: string }[]>(Prisma.sql`
      SELECT i.id FROM disclosure.item i WHERE ${where}
       ORDER BY strpos(coalesce(i.search_title, ''), ${first}) > 0 DESC, i.published_at DESC, i.id
       LIMIT ${f.pageSize} OFFSET ${offset}`),
    throughIndex<{ n: bigint }[]>(Prisma.sql`SELECT count(*) AS n FROM disclosure.item i WHERE ${where}`),
  ]);
  const total = Number(count!.n);
  if (!page.length) return { rows: [], total, terms: parsed.terms.map((t) => t.text) };
  const ids = page.map((p) => p.id);
  const details = await db.$queryRaw<PublicRow[]>`
    SELECT ${ROW_SQL},
           CASE WHEN strpos(lower(i.body_text), ${first}) > 0
                THEN substr(i.body_text, greatest(strpos(lower(i.body_text), ${first}) - 40, 1), 120 + char_length(${first}))
                ELSE nullif(i.summary, '') END AS "snippetSource"
      FROM disclosure.item i WHERE i.id = ANY(${ids}::text[])`;
  const byId = new Map(details.map((d) => [d.id, d]));
  return { rows: ids.map((id) => byId.get(id)!).filter(Boolean), total, terms: parsed.terms.map((t) => t.text) };
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
