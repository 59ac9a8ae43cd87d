// Chinese search with full recall: word segmentation misses two-character terms (STACK-NOTES: Intl.Segmenter gives no
// 印发 or 开州区), and pg_trgm cannot index patterns under three characters, so an item's text is indexed as the set of
// its overlapping character pairs (the approach of Lucene's CJK analyzer) in a GIN-indexed tsvector. A query's pairs
// find every candidate that could contain it; the exact substring check on the normalised text then keeps only those
// that do. Only public items are ever indexed (set when an item is published proactively).
import type { Tx } from '@zhengling/db';

/** The text as search compares it: compatibility forms folded (全角 digits and letters), lower case. */
export const normalise = (s: string) => s.normalize('NFKC').toLowerCase();

/** Runs of letters and digits (CJK characters are letters); punctuation and spaces separate them. */
const runsOf = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];

/** The overlapping character pairs of every run (a run of one character is itself a gram). */
export function gramsOf(text: string): string[] {
  const grams = new Set<string>();
  for (const run of runsOf(normalise(text))) {
    const chars = [...run];
    if (chars.length === 1) grams.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  }
  return [...grams];
}

export interface SearchQuery {
  /** the terms (split on spaces), normalised: every one must be contained */
  terms: string[];
  /** the tsquery finding the candidates: every pair of every term (null: too short to use the index) */
  tsquery: string | null;
}

const lexeme = (g: string) => `'${g.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** A user's query as terms and the index query over their pairs (runs of one character do not narrow: skipped). */
export function parseQuery(q: string): SearchQuery {
  const terms = normalise(q)
    .split(/\s+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 10);
  const grams = new Set<string>();
  for (const term of terms)
    for (const run of runsOf(term)) {
      const chars = [...run];
      for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
    }
  return { terms, tsquery: grams.size ? [...grams].map(lexeme).join(' & ') : null };
}

/** Index a public item (inside the transaction that publishes it). */
export async function indexForSearch(
  tx: Tx,
  item: { id: string; title: string; docNumber: string | null; indexNumber: string | null; issuer: string; summary: string; bodyText: string },
) {
  const text = [item.title, item.docNumber ?? '', item.indexNumber ?? '', item.issuer, item.summary, item.bodyText].join('\n');
  await tx.$executeRaw`UPDATE disclosure.item SET search_text = ${normalise(text)}, search_grams = array_to_tsvector(${gramsOf(text)}::text[]) WHERE id = ${item.id}`;
}
