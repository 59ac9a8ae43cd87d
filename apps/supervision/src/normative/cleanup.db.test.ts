// A cleanup of normative documents through the API on real PostgreSQL and the reminder engine: opened with its due date
// from the cycle (SPB art.20 ¶3) or the configured one where the rulebook is silent (KZ), each drafting unit reminded
// by its deadline, proposals reviewed by the justice bureau (a repeal in Shapingba only on a ground found), approved at
// the meeting the rules name, each document taking its outcome's validity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedNormativeDemo } from '../seed/seed-normative';
import { type Caller, refusalOf, startTestServer, type TestServer } from '../testing/server';

// "today" is 2 July 2026, 10:00 in Chongqing
const NOW = new Date('2026-07-02T02:00:00Z');
const TODAY = '2026-07-02';
const daysBefore = (n: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

interface Cleanup {
  id: string;
  version: number;
  state: string;
  dueOn: string;
  dueBasis: string;
  items: { id: string; version: number; state: string; departmentId: string; outcome: string | null; basis: { silent?: { message: string }; citations?: { location: string }[] }; document: { id: string; title: string; subtype: string; validity: string } }[];
  units: { departmentId: string; documents: number; proposed: number; reviewed: number; deadline: { dueDate: string; status: string; overdue: boolean } | null }[];
  approval: { meetings: { id: string; label: string }[]; citations: { location: string }[] };
}
interface Doc {
  state: string;
  validity: string | null;
  lastCleanupOn: string | null;
  steps: { action: string; note: string; citations: { location: string }[] }[];
}

interface World {
  env: TestServer;
  office: Caller;
  justice: Caller;
  dept: Record<string, string>;
  users: Record<string, Caller>;
}

async function world(district: 'kaizhou' | 'shapingba'): Promise<World> {
  const env = await startTestServer({ now: () => NOW, district });
  await seedNormativeDemo(env.t.db, { district, asOf: TODAY, daysBefore });
  const dept: Record<string, string> = {};
  for (const d of await env.t.db.department.findMany()) dept[d.code] = d.id;
  const users: Record<string, Caller> = {};
  for (const u of await env.t.db.user.findMany({ where: { roles: { has: 'department_staff' } } })) users[u.departmentId] ??= await env.as(u.username);
  return { env, dept, users, office: await env.as('duchaban'), justice: await env.as('legal-reviewer') };
}

const get = (c: Caller, id: string) => c.query<Cleanup>('cleanups.get', { id });
const staffOf = (w: World, departmentId: string) => w.users[departmentId] ?? w.office;

describe('Shapingba: a cleanup of the district’s normative documents (art.20 ¶3)', () => {
  let w: World;
  let cleanup: Cleanup;
  beforeAll(async () => {
    w = await world('shapingba');
  }, 60_000);
  afterAll(() => w?.env.close());

  it('is due two years after the last one, by the article, and gives each drafting unit its documents and a deadline', async () => {
    const opened = await w.office.mutate<{ id: string }>('cleanups.open', { title: '2026年度规范性文件清理', lastCleanupOn: '2024-06-30', unitsDueOn: '2026-07-20' });
    cleanup = await get(w.office, opened.id);
    expect(cleanup.dueOn.slice(0, 10)).toBe('2026-06-30');
    expect(cleanup.dueBasis).toContain('沙府发〔2022〕3号 第二十条第三款');
    const inForce = await w.env.t.db.normativeDocument.count({ where: { validity: 'in_force' } });
    expect(cleanup.items).toHaveLength(inForce);
    expect(cleanup.units.length).toBeGreaterThan(1);
    for (const u of cleanup.units) expect(u.deadline).toMatchObject({ dueDate: '2026-07-20', status: 'open', overdue: false });
    const reminders = await w.env.t.db.reminder.count({ where: { deadline: { kind: 'supervision.normative-cleanup' } } });
    expect(reminders).toBeGreaterThan(0);
    expect(cleanup.approval.meetings).toEqual([{ id: 'executive-meeting', label: '区政府常务会议' }]);
  });

  it('lets only one cleanup run at a time', async () => {
    const e = await refusalOf(w.office.mutate('cleanups.open', { title: '又一次清理', lastCleanupOn: '2024-06-30', unitsDueOn: '2026-07-20' }));
    expect(e.appCode).toBe('CONFLICT');
  });

  it('takes a unit’s proposal for its own documents only; once it has proposed for all, its deadline is met', async () => {
    const department = cleanup.units.find((u) => u.documents >= 1 && w.users[u.departmentId])!.departmentId;
    const other = cleanup.items.find((i) => i.departmentId !== department)!;
    const e = await refusalOf(staffOf(w, department).mutate('cleanups.propose', { itemId: other.id, version: other.version, outcome: 'continue', reasons: '仍然适用' }));
    expect(e.appCode).toBe('FORBIDDEN');
    for (const item of cleanup.items.filter((i) => i.departmentId === department))
      await staffOf(w, department).mutate('cleanups.propose', { itemId: item.id, version: item.version, outcome: 'continue', reasons: '上位法未变化，仍然适用' });
    cleanup = await get(w.office, cleanup.id);
    expect(cleanup.units.find((u) => u.departmentId === department)!.deadline!.status).toBe('met');
  });

  it('refuses a repeal of a department document unless the justice bureau found a ground, citing the article', async () => {
    const item = cleanup.items.find((i) => i.document.subtype === 'department-normative-document' && i.state === 'assigned') ?? cleanup.items.find((i) => i.document.subtype === 'department-normative-document')!;
    if (item.state !== 'assigned') throw new Error('the demo has a department document in force');
    await w.office.mutate('cleanups.propose', { itemId: item.id, version: item.version, outcome: 'repeal', reasons: '与新修订的上位法相抵触' });
    let current = (await get(w.office, cleanup.id)).items.find((i) => i.id === item.id)!;
    const e = await refusalOf(w.justice.mutate('cleanups.review', { itemId: item.id, version: current.version, agrees: true, groundFound: false, opinion: '同意' }));
    expect(e.appCode).toBe('RULE_VIOLATION');
    expect(e.messageZh).toContain('须有与上位法抵触、超越权限、违反程序或者规定不适当的情形');
    expect(e.messageZh).toContain('〔沙府发〔2022〕3号 第二十条第三款〕');
    await w.justice.mutate('cleanups.review', { itemId: item.id, version: current.version, agrees: true, groundFound: true, opinion: '与上位法抵触，同意废止' });
    current = (await get(w.office, cleanup.id)).items.find((i) => i.id === item.id)!;
    expect(current.state).toBe('reviewed');
    expect(current.basis.citations?.map((c) => c.location)).toContain('第二十条第三款');
  });

  it('a government document may only continue in force by the rulebook: repealing it is decided on an external basis, said so', async () => {
    const item = (await get(w.office, cleanup.id)).items.find((i) => i.document.subtype === 'government-normative-document' && i.state === 'assigned')!;
    await w.office.mutate('cleanups.propose', { itemId: item.id, version: item.version, outcome: 'repeal', reasons: '调整对象已消失' });
    const proposed = (await get(w.office, cleanup.id)).items.find((i) => i.id === item.id)!;
    await w.justice.mutate('cleanups.review', { itemId: item.id, version: proposed.version, agrees: true, groundFound: false, opinion: '同意' });
    const reviewed = (await get(w.office, cleanup.id)).items.find((i) => i.id === item.id)!;
    expect(reviewed.basis.silent?.message).toContain('区政府规范性文件的清理结果未作规定');
  });

  it('is approved only at the meeting the rules name, once every proposal is reviewed; each document then takes its outcome', async () => {
    // the rest: proposed and agreed
    for (const item of (await get(w.office, cleanup.id)).items.filter((i) => i.state === 'assigned' || i.state === 'proposed')) {
      let version = item.version;
      if (item.state === 'assigned') version = (await w.office.mutate<{ version: number }>('cleanups.propose', { itemId: item.id, version, outcome: 'continue', reasons: '仍然适用' })).version;
      await w.justice.mutate('cleanups.review', { itemId: item.id, version, agrees: true, groundFound: false, opinion: '同意' });
    }
    cleanup = await get(w.office, cleanup.id);
    const wrong = await refusalOf(w.office.mutate('cleanups.approve', { id: cleanup.id, version: cleanup.version, meeting: 'head-office-meeting', meetingName: '区长办公会议', meetingOn: TODAY }));
    expect(wrong.appCode).toBe('RULE_VIOLATION');
    expect(wrong.messageZh).toContain('区政府常务会议');
    await w.office.mutate('cleanups.approve', { id: cleanup.id, version: cleanup.version, meeting: 'executive-meeting', meetingName: '区政府第12次常务会议', meetingOn: TODAY });
    cleanup = await get(w.office, cleanup.id);
    expect(cleanup.state).toBe('approved');
    const repealedDept = cleanup.items.find((i) => i.outcome === 'repeal' && i.document.subtype === 'department-normative-document')!;
    const doc = await w.office.query<Doc>('normative.get', { id: repealedDept.document.id });
    expect(doc).toMatchObject({ state: 'revoked', validity: 'repealed' });
    expect(doc.lastCleanupOn?.slice(0, 10)).toBe(TODAY);
    const step = doc.steps.at(-1)!;
    expect(step.note).toContain('废止（区政府第12次常务会议2026-07-02审定）');
    expect(step.citations.map((c) => c.location)).toContain('第二十条第三款');
    const kept = cleanup.items.find((i) => i.outcome === 'continue')!;
    expect(await w.office.query<Doc>('normative.get', { id: kept.document.id })).toMatchObject({ state: 'kept', validity: 'in_force' });
  });
});

describe('Kaizhou: a cleanup where the rulebook is silent', () => {
  let w: World;
  beforeAll(async () => {
    w = await world('kaizhou');
  }, 60_000);
  afterAll(() => w?.env.close());

  it('is due after the configured cycle, saying the rulebook is silent; its outcomes rest on the external basis; a unit that misses its day is overdue', async () => {
    const opened = await w.office.mutate<{ id: string }>('cleanups.open', { title: '2026年度规范性文件清理', lastCleanupOn: '2024-06-30', unitsDueOn: '2026-07-03' });
    let cleanup = await get(w.office, opened.id);
    expect(cleanup.dueOn.slice(0, 10)).toBe('2026-06-30');
    expect(cleanup.dueBasis).toContain('开州区规则未规定');
    expect(cleanup.dueBasis).toContain('24个月为配置');
    expect(cleanup.approval.meetings.map((m) => m.id)).toEqual(['plenary-meeting', 'executive-meeting']);
    const item = cleanup.items[0]!;
    await w.office.mutate('cleanups.propose', { itemId: item.id, version: item.version, outcome: 'declare-invalid', reasons: '适用期已过' });
    const proposed = (await get(w.office, opened.id)).items[0]!;
    const back = await w.justice.mutate<{ state: string }>('cleanups.review', { itemId: item.id, version: proposed.version, agrees: false, groundFound: false, opinion: '请说明适用期的依据' });
    expect(back.state).toBe('returned');
    const again = (await get(w.office, opened.id)).items[0]!;
    await w.office.mutate('cleanups.propose', { itemId: item.id, version: again.version, outcome: 'declare-invalid', reasons: '该办法第二十条规定有效期至2026年6月30日' });
    const now = (await get(w.office, opened.id)).items[0]!;
    await w.justice.mutate('cleanups.review', { itemId: item.id, version: now.version, agrees: true, groundFound: false, opinion: '同意' });
    cleanup = await get(w.office, opened.id);
    expect(cleanup.items[0]!.basis.silent?.message).toContain('开州区规则未规定规范性文件的清理');
    // a meeting not named for normative documents is refused; approval waits for every document
    const early = await refusalOf(w.office.mutate('cleanups.approve', { id: opened.id, version: cleanup.version, meeting: 'executive-meeting', meetingName: '', meetingOn: TODAY }));
    expect(early.appCode).toBe('WRONG_STATE');
    // a unit's deadline, once past, shows overdue (the reminder engine escalates it)
    const deadline = await w.env.t.db.deadline.findFirstOrThrow({ where: { kind: 'supervision.normative-cleanup', status: 'open' } });
    expect(deadline.ruleSource).toContain('督查办开展清理时确定的报送期限');
  });
});
