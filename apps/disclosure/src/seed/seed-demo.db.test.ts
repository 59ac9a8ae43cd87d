// The seeded demo holds real content at every step, made through the use-cases, and a second run changes nothing.
import { chinaDate } from '@zhengling/core';
import { createTestDatabase, type TestDatabase } from '@zhengling/db/testing';
import { seedDemoDistrict } from '@zhengling/directory';
import { loadCalendar } from '@zhengling/reminders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../annual-report/build-report';
import { APPLICANT_COLUMNS, outcomesTotal, rowTotal } from '../annual-report/layout';
import { disclosureDemoDay, seedDisclosureDemo } from './seed-demo';

let t: TestDatabase;
const today = '2026-12-04';

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemoDistrict(t.db, { district: 'kaizhou', asOf: '2026-01-01' });
  expect(await seedDisclosureDemo(t.db, { district: 'kaizhou', asOf: today })).toEqual({ created: true });
}, 120_000);
afterAll(() => t?.drop());

describe('the disclosure demo', () => {
  it('publishes both rulebooks verbatim with full metadata and an interpretation each', async () => {
    for (const docNumber of ['开州府发〔2021〕7号', '沙府发〔2022〕3号']) {
      const item = await t.db.disclosureItem.findFirstOrThrow({ where: { docNumber }, include: { interpretation: true } });
      expect(item).toMatchObject({ state: 'published', validity: 'in_force', attribute: 'proactive', category: '综合政务' });
      expect(item.indexNumber).toMatch(/^11500234DEMO00000X\/2026-\d{5}$/);
      expect(item.bodyText).toContain('此件公开发布');
      expect(item.interpretation).toMatchObject({ state: 'published', form: 'qa' });
    }
  });

  it('keeps a replaced document readable, marked 废止, with its earlier version', async () => {
    const old = await t.db.disclosureItem.findFirstOrThrow({ where: { title: '开州区政府信息公开申请办理暂行办法' }, include: { versions: true, relatedTo: true } });
    expect(old).toMatchObject({ state: 'published', validity: 'repealed' });
    expect(old.versions).toHaveLength(1);
    expect(old.relatedTo.map((r) => r.kind)).toEqual(['replaces']);
  });

  it('has items at every step of review', async () => {
    const states = await t.db.disclosureItem.groupBy({ by: ['state'], _count: true });
    expect(states.map((s) => s.state).sort()).toEqual(['awaiting_signoff', 'draft', 'in_review', 'published', 'withheld']);
  });

  it('has an application on its clock with an extension, and last year’s answered', async () => {
    const extended = (await t.db.disclosureApplication.findMany()).find((a) => a.extension !== null)!;
    expect(extended.state).toBe('registered');
    const deadline = await t.db.deadline.findUniqueOrThrow({ where: { id: extended.deadlineId! } });
    expect(deadline.status).toBe('open');
  });

  it('publishes last year’s annual report, its figures adding up', async () => {
    const saved = await t.db.annualReport.findUniqueOrThrow({ where: { year: 2025 } });
    expect(saved.publishedAt).not.toBeNull();
    const { report, problems } = await buildAnnualReport(t.db, 2025, '重庆市开州区人民政府');
    expect(problems).toEqual([]);
    const a = report.applications;
    expect([rowTotal(a.received), rowTotal(a.carriedOver), rowTotal(outcomesTotal(a.outcomes)), rowTotal(a.carriedForward)]).toEqual([6, 0, 5, 1]);
    expect(APPLICANT_COLUMNS.map((c) => a.received[c.id])).toEqual([4, 1, 0, 0, 1, 0]);
    // the normative document of last year, replaced this year, was in force at last year's end
    expect(report.proactive.normativeDocuments).toEqual({ issued: 1, repealed: 0, inForce: 1 });
    // this year the new rules were issued, replacing the old ones; a repeal counts in the year the workflow recorded
    // it — the day the demo was seeded, which from January on is a year later than the demo's story
    const thisYear = await buildAnnualReport(t.db, 2026, '重庆市开州区人民政府');
    expect(thisYear.report.proactive.normativeDocuments.issued).toBe(1);
    const repeal = await t.db.itemEvent.findFirstOrThrow({ where: { step: 'validity', item: { title: '开州区政府信息公开申请办理暂行办法' } } });
    const repealYear = Number(chinaDate(repeal.at).slice(0, 4));
    const thatYear = await buildAnnualReport(t.db, repealYear, '重庆市开州区人民政府');
    expect(thatYear.report.proactive.normativeDocuments).toMatchObject({ repealed: 1, inForce: 1 });
    const item = await t.db.disclosureItem.findUniqueOrThrow({ where: { source_sourceRef: { source: 'annual-report', sourceRef: '2025' } } });
    expect(item.state).toBe('published');
  });

  it('runs once: a second run creates nothing', async () => {
    const before = await t.db.disclosureItem.count();
    expect(await seedDisclosureDemo(t.db, { district: 'kaizhou', asOf: today })).toEqual({ created: false });
    expect(await t.db.disclosureItem.count()).toBe(before);
  });
});

describe('the day the demo is set', () => {
  it('is today while its clocks fit the calendar, and otherwise the last day they do, where every clock opens', async () => {
    const last = (await loadCalendar(t.db)).coveredThrough!;
    expect(await disclosureDemoDay(t.db, '2026-06-01')).toBe('2026-06-01');
    const latest = await disclosureDemoDay(t.db, last);
    expect(latest < last).toBe(true);
    const fresh = await createTestDatabase();
    try {
      await seedDemoDistrict(fresh.db, { district: 'kaizhou', asOf: `${latest.slice(0, 4)}-01-01` });
      expect(await seedDisclosureDemo(fresh.db, { district: 'kaizhou', asOf: latest })).toEqual({ created: true });
      expect(await fresh.db.deadline.count()).toBeGreaterThan(0);
    } finally {
      await fresh.drop();
    }
  }, 120_000);
});
