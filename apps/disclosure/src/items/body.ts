// A document's body as structured text — headings, paragraphs, lists, tables — never HTML: what is stored cannot
// carry markup or script, and every page renders it through an escaping renderer (React; the portal's templates).
// Plain text entered by staff becomes blocks by the conventions of Chinese official documents: a line such as
// "第一章 总则", "第三条 …" or "一、…" is a heading or an article; blank lines separate paragraphs.
import { z } from 'zod';

// control characters other than tab and newline are dropped: they never belong in a document and may hide text
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
const Text = z.string().max(20_000).transform(clean);

export const Block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), level: z.number().int().min(1).max(3), text: Text }),
  z.object({ type: z.literal('paragraph'), text: Text }),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(Text).min(1).max(500) }),
  z.object({ type: z.literal('table'), rows: z.array(z.array(Text).max(30)).min(1).max(1000) }),
]);
export type Block = z.infer<typeof Block>;
export const Body = z.array(Block).max(5_000);
export type Body = z.infer<typeof Body>;

const CHAPTER = /^第[一二三四五六七八九十百零〇]+[章节]\s*\S/;
const SECTION = /^[一二三四五六七八九十]+、/;

/** Blocks from plain text: chapters and "一、" lines become headings; other lines paragraphs. */
export function bodyFromText(text: string): Body {
  const blocks: Body = [];
  for (const raw of clean(text).split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (CHAPTER.test(line)) blocks.push({ type: 'heading', level: 2, text: line });
    else if (SECTION.test(line) && line.length <= 40) blocks.push({ type: 'heading', level: 3, text: line });
    else blocks.push({ type: 'paragraph', text: line });
  }
  return blocks;
}

/** The body as plain text (search, comparison, the catalogue's summary). */
export function textOf(body: Body): string {
  return body
    .map((b) =>
      b.type === 'list' ? b.items.join('\n') : b.type === 'table' ? b.rows.map((r) => r.join('\t')).join('\n') : b.text,
    )
    .join('\n');
}
