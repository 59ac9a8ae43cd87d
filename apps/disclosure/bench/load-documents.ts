// The benchmark's corpus: public documents of about 1,500 characters cut from the two rulebooks' own text (so the
// pairs of characters are distributed as in real government writing), each with a title, a document number, an
// issuer, a category and a validity, indexed for search exactly as publishing indexes them (search-index.ts), loaded
// through the raw driver in batches. The search index and the counts of its keys are built once after the load, as a
// bulk import would.
import { INSTRUMENTS } from '@zhengling/rules-core';
import type pg from 'pg';
import { itemKeys, normalise, SEARCH_VERSION } from '../src/portal/search-index';
import { SETTINGS } from '../src/settings/settings';

const DEFAULT_CATEGORIES = SETTINGS.categories.default;

const CORPUS = [...`${INSTRUMENTS['kz-2021-7'].text}${INSTRUMENTS['spb-2022-3'].text}`.replace(/\s+/g, '')];
const ISSUERS = ['重庆市开州区人民政府', '重庆市开州区人民政府办公室', '重庆市开州区教育委员会', '重庆市开州区发展和改革委员会', '重庆市开州区财政局', '重庆市开州区司法局', '重庆市开州区卫生健康委员会', '重庆市开州区住房和城乡建设委员会'];
const SUBJECTS = ['规范行政决策程序', '加强政务公开工作', '推进重大项目建设', '做好安全生产工作', '深化营商环境改革', '加强财政资金管理', '推进城乡融合发展', '做好民生实事工作'];
const KINDS = ['policy', 'policy', 'normative_document', 'other', 'interpretation', 'cleanup_result', 'suggestion_answer'];
const VALIDITIES = ['in_force', 'in_force', 'in_force', 'in_force', 'amended', 'repealed', 'expired'];

/** A reproducible pseudo-random sequence (mulberry32), so every run loads the same corpus. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export async function loadDocuments(client: pg.Client, count: number, departmentId: string, onProgress?: (n: number) => void) {
  const next = random(20261204);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const BATCH = 1000;
  await client.query('DROP INDEX IF EXISTS disclosure.item_search_grams_idx');
  await client.query('ALTER TABLE disclosure.item DISABLE TRIGGER item_public_changed_insert');
  for (let from = 0; from < count; from += BATCH) {
    const cols: string[][] = Array.from({ length: 13 }, () => []);
    for (let n = from; n < Math.min(count, from + BATCH); n++) {
      const year = 2016 + (n % 11);
      const start = Math.floor(next() * (CORPUS.length - 1600));
      const body = `${CORPUS.slice(start, start + 1450 + Math.floor(next() * 100)).join('')}（第${n + 1}号）`;
      const issuer = pick(ISSUERS);
      const title = `关于${pick(SUBJECTS)}的通知（${year}年第${(n % 97) + 1}批）`;
      const docNumber = `开州府发〔${year}〕${(n % 300) + 1}号`;
      const id = `bench${n.toString(36).padStart(6, '0')}`;
      const indexNumber = `11500234DEMO00000X/${year}-${String(n + 1).padStart(6, '0')}`;
      const text = [title, docNumber, indexNumber, issuer, '', body].join('\n');
      const published = new Date(Date.UTC(year, 0, 1) + Math.floor(next() * 364 * 86_400_000));
      const row = [id, pick(KINDS), title, docNumber, indexNumber, issuer, pick(DEFAULT_CATEGORIES), pick(VALIDITIES), body, published.toISOString(), normalise(text), itemKeys(text, title).join(' '), normalise(title)];
      row.forEach((v, i) => cols[i]!.push(v));
    }
    await client.query(
      `INSERT INTO disclosure.item (id, kind, title, doc_number, index_number, issuer, category, validity, body, body_text,
         written_on, formed_on, published_at, state, attribute, legal_basis, summary, signoff_kind, drafting_department_id,
         search_text, search_grams, search_title, search_version, created_by_id, updated_by_id, updated_at)
       SELECT u.id, u.kind::disclosure."DisclosureKind", u.title, u.doc_number, u.index_number, u.issuer, u.category,
              u.validity::disclosure."Validity", jsonb_build_array(jsonb_build_object('type', 'paragraph', 'text', u.body)), u.body,
              u.published::date, u.published::date, u.published::timestamp, 'published', 'proactive', '《中华人民共和国政府信息公开条例》', '',
              'department', $14, u.search_text, array_to_tsvector(string_to_array(u.grams, ' ')), u.search_title, $15, 'bench', 'bench', now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::text[], $11::text[], $12::text[], $13::text[])
           AS u(id, kind, title, doc_number, index_number, issuer, category, validity, body, published, search_text, grams, search_title)`,
      [...cols, departmentId, SEARCH_VERSION],
    );
    onProgress?.(Math.min(count, from + BATCH));
  }
  await client.query('ALTER TABLE disclosure.item ENABLE TRIGGER item_public_changed_insert');
  await client.query(`
    INSERT INTO disclosure.search_key_count AS c (key, items)
    SELECT key, count(*) FROM disclosure.item i, unnest(tsvector_to_array(i.search_grams)) AS key
     WHERE i.state = 'published' AND i.attribute = 'proactive' AND i.id LIKE 'bench%' GROUP BY key
    ON CONFLICT (key) DO UPDATE SET items = c.items + excluded.items`);
  await client.query(`SET maintenance_work_mem = '1GB'`);
  await client.query(`CREATE INDEX item_search_grams_idx ON disclosure.item USING GIN (search_grams) WHERE state = 'published' AND attribute = 'proactive'`);
  await client.query('VACUUM ANALYZE disclosure.item');
}
