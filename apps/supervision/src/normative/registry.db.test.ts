// The normative-document registry through the API on real PostgreSQL: a document's life as each district's rulebook
// sets it, refused with the article where a step is missing, silent where the rulebook is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, refusalOf, startTestServer, type TestServer } from '../testing/server';

// "today" is 2 July 2026, 10:00 in Chongqing
const NOW = new Date('2026-07-02T02:00:00Z');

interface Doc {
  id: string;
  version: number;
  state: string;
  validity: string | null;
  docNumber: string | null;
  facts: Record<string, boolean>;
  filings: { body: string; dueDate: string | null; filedOn: string | null; deadlineId: string | null }[];
  steps: { action: string; fromState: string | null; toState: string | null; byName: string; citations: { instrument: string; location: string }[] }[];
  next: { to: string; allowed?: boolean; missing?: { code: string; citation: { instrument: string; location: string } }[]; silent?: { message: string } }[];
}

interface World {
  env: TestServer;
  office: Caller;
  govStaff: Caller;
  eduStaff: Caller;
  justice: Caller;
  leader: Caller;
  dept: Record<string, string>;
}

async function world(district: 'kaizhou' | 'shapingba'): Promise<World> {
  const env = await startTestServer({ now: () => NOW, district });
  const dept: Record<string, string> = {};
  for (const d of await env.t.db.department.findMany()) dept[d.code] = d.id;
  return {
    env,
    dept,
    office: await env.as('duchaban'),
    govStaff: await env.as('zhengfuban-staff'),
    eduStaff: await env.as('jiaowei-staff'),
    justice: await env.as('legal-reviewer'),
    leader: await env.as('leader-lin'),
  };
}

const get = (c: Caller, id: string) => c.query<Doc>('normative.get', { id });
const move = async (c: Caller, id: string, to: string, extra: Record<string, unknown> = {}) => {
  const d = await get(c, id);
  return c.mutate<Doc>('normative.move', { id, version: d.version, to, on: '2026-07-01', ...extra });
};
const fact = async (c: Caller, id: string, name: string, value = true, extra: Record<string, unknown> = {}) => {
  const d = await get(c, id);
  return c.mutate<Doc>('normative.recordFact', { id, version: d.version, fact: name, value, note: '经审查，意见如下。', ...extra });
};

describe('Shapingba: a district government normative document (SPB art.19–20, 48(1))', () => {
  let w: World;
  beforeAll(async () => {
    w = await world('shapingba');
  }, 60_000);
  afterAll(() => w?.env.close());

  it('goes to the executive meeting only after the justice bureau’s legality review, and never with prohibited content', async () => {
    const doc = await w.govStaff.mutate<Doc>('normative.register', {
      subtype: 'government-normative-document',
      title: '沙坪坝区城市道路占用管理办法',
      draftingDepartmentId: w.dept['gov-office'],
      issuingBody: '重庆市沙坪坝区人民政府',
    });
    expect(doc.state).toBe('drafting');
    await move(w.govStaff, doc.id, 'legality-review');

    // the page shows what is missing, with the article
    const waiting = (await get(w.office, doc.id)).next.find((n) => n.to === 'meeting-deliberation')!;
    expect(waiting.allowed).toBe(false);
    expect(waiting.missing![0]).toMatchObject({ code: 'LEGALITY_REVIEW_MISSING', citation: { instrument: '沙府发〔2022〕3号' } });
    const refused = await refusalOf(move(w.office, doc.id, 'meeting-deliberation'));
    expect(refused.appCode).toBe('RULE_VIOLATION');
    expect(refused.message).toContain('须由区司法局审查');

    // only the justice bureau records the review; its checklist finds a penalty set by the document
    expect((await refusalOf(fact(w.govStaff, doc.id, 'legalityReviewDone'))).appCode).toBe('FORBIDDEN');
    const reviewed = await fact(w.justice, doc.id, 'legalityReviewDone', true, { checklist: { setsPenalty: true } });
    expect(reviewed.facts).toMatchObject({ legalityReviewDone: true, prohibitedContentFound: true });
    expect((await refusalOf(move(w.office, doc.id, 'meeting-deliberation'))).message).toContain('不得设定或减损');

    // revised and reviewed again, clean: the meeting, the district head's signature, publication
    await fact(w.justice, doc.id, 'legalityReviewDone', true, { checklist: {} });
    expect((await get(w.office, doc.id)).facts.prohibitedContentFound).toBe(false);
    await move(w.office, doc.id, 'meeting-deliberation');
    expect((await refusalOf(move(w.office, doc.id, 'sign-off'))).message).toContain('常务会议');
    await fact(w.office, doc.id, 'adoptedByMeeting');
    await move(w.office, doc.id, 'sign-off');
    await fact(w.leader, doc.id, 'signedOff');
    expect((await refusalOf(move(w.office, doc.id, 'published'))).message).toContain('文号');
    const published = await move(w.office, doc.id, 'published', { docNumber: '沙府发〔2026〕12号' });
    expect(published).toMatchObject({ state: 'published', docNumber: '沙府发〔2026〕12号' });
  });

  it('owes its filings from publication, each with a deadline reminded to the drafting unit, and is in force only once filed', async () => {
    const [doc] = await w.office.query<Doc[]>('normative.list', { q: '城市道路占用' });
    const published = await get(w.office, doc!.id);
    // SPB art.20 ¶3: with the municipal government and the district people's congress standing committee
    expect(published.filings.map((f) => f.body).sort()).toEqual(['district-pc-standing-committee', 'municipal-government']);
    for (const f of published.filings) {
      expect(f.dueDate?.slice(0, 10)).toBe('2026-07-31'); // 30 days from publication (configuration)
      const deadline = await w.env.t.db.deadline.findUniqueOrThrow({ where: { id: f.deadlineId! } });
      expect(deadline).toMatchObject({ status: 'open', departmentId: w.dept['gov-office'] });
    }
    expect((await refusalOf(move(w.office, doc!.id, 'filed'))).message).toContain('尚未报送备案');
    for (const body of ['municipal-government', 'district-pc-standing-committee']) {
      const d = await get(w.govStaff, doc!.id);
      await w.govStaff.mutate('normative.recordFiling', { id: doc!.id, version: d.version, body, filedOn: '2026-07-02', reference: '备案登记' });
    }
    for (const f of (await get(w.office, doc!.id)).filings)
      expect((await w.env.t.db.deadline.findUniqueOrThrow({ where: { id: f.deadlineId! } })).status).toBe('met');
    await move(w.office, doc!.id, 'filed');
    const inForce = await move(w.office, doc!.id, 'in-force');
    expect(inForce).toMatchObject({ state: 'in-force', validity: 'in_force' });
    // every step attributable, with its rule
    const steps = (await get(w.office, doc!.id)).steps;
    expect(steps.map((s) => s.action)).toContain('filed');
    expect(steps.find((s) => s.toState === 'meeting-deliberation')?.citations.length).toBeGreaterThan(0);
    expect(steps.find((s) => s.action === 'registered')?.byName).toBe('区政府办 周婷');
  });

  it('refuses a change made on an older version, losing nothing', async () => {
    const doc = await w.eduStaff.mutate<Doc>('normative.register', {
      subtype: 'department-normative-document',
      title: '沙坪坝区校外培训机构管理细则',
      draftingDepartmentId: w.dept.education,
      issuingBody: '重庆市沙坪坝区教育委员会',
    });
    await w.eduStaff.mutate('normative.move', { id: doc.id, version: doc.version, to: 'legality-review', on: '2026-07-01' });
    const stale = await refusalOf(w.eduStaff.mutate('normative.move', { id: doc.id, version: doc.version, to: 'legality-review', on: '2026-07-01' }));
    expect(stale.appCode).toBe('CONFLICT');
    expect((await get(w.office, doc.id)).state).toBe('legality-review');
    // another unit's staff may not register for education
    expect((await refusalOf(w.govStaff.mutate('normative.register', { subtype: 'department-normative-document', title: '代拟文件', draftingDepartmentId: w.dept.education, issuingBody: '区教委' }))).appCode).toBe('FORBIDDEN');
  });
});

describe('Kaizhou: a district government normative document (KZ 十八, 二十一, 四十三（二）)', () => {
  let w: World;
  beforeAll(async () => {
    w = await world('kaizhou');
  }, 60_000);
  afterAll(() => w?.env.close());

  it('goes to the meeting only after public comment, legality review and completeness review; its rulebook has no cleanup and says so', async () => {
    const doc = await w.office.mutate<Doc>('normative.register', {
      subtype: 'government-normative-document',
      title: '开州区农村集体经营性建设用地入市管理办法',
      draftingDepartmentId: w.dept['gov-office'],
      issuingBody: '重庆市开州区人民政府',
    });
    // Kaizhou's own order: public comment first (Shapingba's straight-to-review is not offered)
    expect((await get(w.office, doc.id)).next.map((n) => n.to)).toEqual(['public-comment']);
    await move(w.office, doc.id, 'public-comment');
    await move(w.office, doc.id, 'legality-review');
    await move(w.office, doc.id, 'completeness-review');
    const refused = await refusalOf(move(w.office, doc.id, 'meeting-deliberation'));
    expect(refused.message).toContain('未经公开征求意见，不得提请审议');
    expect(refused.message).toContain('未经合法性审核，不得提请审议');
    await fact(w.office, doc.id, 'publicCommentDone');
    // Kaizhou's rulebook lists no prohibited items: a ticked checklist is refused as silent, the review itself is recorded
    expect((await refusalOf(fact(w.justice, doc.id, 'legalityReviewDone', true, { checklist: { setsPenalty: true } }))).appCode).toBe('RULEBOOK_SILENT');
    await fact(w.justice, doc.id, 'legalityReviewDone', true, { checklist: {} });
    await fact(w.office, doc.id, 'completenessReviewDone');
    await move(w.office, doc.id, 'meeting-deliberation');
    await fact(w.office, doc.id, 'adoptedByMeeting');
    await move(w.office, doc.id, 'sign-off');
    await fact(w.leader, doc.id, 'signedOff');
    await move(w.office, doc.id, 'published', { docNumber: '开州府发〔2026〕9号' });
    const published = await get(w.office, doc.id);
    // KZ 十八第三段: with the district people's congress standing committee and the municipal government
    expect(published.filings.map((f) => f.body).sort()).toEqual(['district-pc-standing-committee', 'municipal-government']);
    for (const f of published.filings)
      await w.office.mutate('normative.recordFiling', { id: doc.id, version: (await get(w.office, doc.id)).version, body: f.body, filedOn: '2026-07-02', reference: '' });
    await move(w.office, doc.id, 'filed');
    await move(w.office, doc.id, 'in-force');
    const inForce = await get(w.office, doc.id);
    expect(inForce.next.map((n) => [n.to, n.silent?.message.includes('开州区规则未规定')])).toEqual([
      ['evaluation', true],
      ['cleanup', true],
    ]);
    expect((await refusalOf(move(w.office, doc.id, 'cleanup'))).appCode).toBe('RULEBOOK_SILENT');
  });
});
