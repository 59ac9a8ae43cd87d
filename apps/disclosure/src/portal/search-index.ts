// Chinese search with full recall: word segmentation misses two-character terms (STACK-NOTES: Intl.Segmenter gives no
// 印发 or 开州区), and pg_trgm cannot index patterns under three characters, so an item's text is indexed as the set of
// the substrings of two to four characters of each of its runs of letters and digits (an n-gram index, the approach
// of Lucene's CJK analyzer widened to four) in a GIN-indexed tsvector. A query term of two to four characters is then
// one exact key: the index alone finds and counts every item containing it, without reading any text. A longer term's
// keys find every candidate, and the exact substring check on the normalised text keeps only those that contain it.
// The title's keys are indexed a second time with the prefix t: (a run never holds a colon), so "the term is in the
// title" — the ranking's first criterion — is a key of the same index too. How many public items hold each key is
// kept by the database (search_key_count), so a lone term's matches are counted without visiting them.
// Only public items are ever indexed (set when an item is published proactively).
import type { DbOrTx } from '@zhengling/db';

/** The way items are indexed now; an item indexed another way is re-indexed (reindexPublicItems). */
export const SEARCH_VERSION = 3;
/** The longest key: terms of up to this many characters are found by one key, exactly. */
const MAX_KEY = 4;

/** The text as search compares it: compatibility forms folded (全角 digits and letters), lower case. */
export const normalise = (s: string) => s.normalize('NFKC').toLowerCase();

/** Runs of letters and digits (CJK characters are letters); punctuation and spaces separate them. */
const runsOf = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];

/** The prefix of the keys of a title. */
export const TITLE_KEY = 't:';

/** The keys of a text: every run's substrings of two to four characters (a run of one character is itself a key). */
export function keysOf(text: string, prefix = ''): string[] {
  const keys = new Set<string>();
  for (const run of runsOf(normalise(text))) {
    const chars = [...run];
    if (chars.length === 1) keys.add(prefix + chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++)
      for (let n = 2; n <= MAX_KEY && i + n <= chars.length; n++) keys.add(prefix + chars.slice(i, i + n).join(''));
  }
  return [...keys];
}

/** What an item is indexed by: its text's keys and its title's keys again, prefixed. */
export const itemKeys = (text: string, title: string) => [...keysOf(text), ...keysOf(title, TITLE_KEY)];

export interface SearchTerm {
  /** normalised */
  text: string;
  /** one key finds exactly the items that contain it: no text needs reading */
  exact: boolean;
}

export interface SearchQuery {
  /** the terms (split on spaces), normalised: every one must be contained */
  terms: SearchTerm[];
  /** the tsquery finding the candidates: the keys of every term (null: too short to use the index) */
  tsquery: string | null;
  /** the tsquery of the first term's keys in a title (null: too short); exact when the first term is */
  titleTsquery: string | null;
}

const lexeme = (g: string) => `'${g.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** A user's query as terms and the index query over their keys (runs of one character do not narrow: skipped). */
export function parseQuery(q: string): SearchQuery {
  const texts = normalise(q)
    .split(/\s+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 10);
  const keys = new Set<string>();
  const titleKeys = new Set<string>();
  const terms = texts.map((text, n) => {
    const runs = runsOf(text);
    for (const key of queryKeys(runs)) {
      keys.add(key);
      if (n === 0) titleKeys.add(TITLE_KEY + key);
    }
    const length = [...text].length;
    return { text, exact: runs.length === 1 && runs[0] === text && length >= 2 && length <= MAX_KEY };
  });
  const tsquery = (of: Set<string>) => (of.size ? [...of].map(lexeme).join(' & ') : null);
  return { terms, tsquery: tsquery(keys), titleTsquery: tsquery(titleKeys) };
}

/** The keys that find a term's runs: a run of up to four characters is its own key, a longer one its four-character
 * substrings (runs of one character do not narrow: skipped). */
function queryKeys(runs: string[]): string[] {
  const keys: string[] = [];
  for (const run of runs) {
    const chars = [...run];
    if (chars.length < 2) continue;
    if (chars.length <= MAX_KEY) keys.push(run);
    else for (let i = 0; i + MAX_KEY <= chars.length; i++) keys.push(chars.slice(i, i + MAX_KEY).join(''));
  }
  return keys;
}

type Indexable = { id: string; title: string; docNumber: string | null; indexNumber: string | null; issuer: string; summary: string; bodyText: string };

/** Index a public item (inside the transaction that publishes it). */
export async function indexForSearch(tx: DbOrTx, item: Indexable) {
  const text = [item.title, item.docNumber ?? '', item.indexNumber ?? '', item.issuer, item.summary, item.bodyText].join('\n');
  await tx.$executeRaw`
    UPDATE disclosure.item
       SET search_text = ${normalise(text)}, search_title = ${normalise(item.title)},
           search_grams = array_to_tsvector(${itemKeys(text, item.title)}::text[]), search_version = ${SEARCH_VERSION}
     WHERE id = ${item.id}`;
}

/** Re-index the public items indexed an older way (the server does it when it starts), a batch at a time. */
export async function reindexPublicItems(db: DbOrTx, batch = 200): Promise<number> {
  let done = 0;
  for (;;) {
    const items = await db.disclosureItem.findMany({
      where: { state: 'published', attribute: 'proactive', searchVersion: { not: SEARCH_VERSION } },
      select: { id: true, title: true, docNumber: true, indexNumber: true, issuer: true, summary: true, bodyText: true },
      take: batch,
    });
    for (const item of items) await indexForSearch(db, item);
    done += items.length;
    if (items.length < batch) return done;
  }
}
