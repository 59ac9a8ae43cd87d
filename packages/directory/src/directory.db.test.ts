import { createTestDatabase, type TestDatabase } from '@zhengling/db/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAbPair } from './create-ab-pair';
import { whoActsFor } from './who-acts-for';
import { leaderInChargeOf } from './leader-in-charge';
import { createTestDatabase as freshDatabase } from '@zhengling/db/testing';
import { designateStandIn } from './designate-stand-in';
import { endAbPair } from './end-ab-pair';
import { listLeaves } from './list-leaves';
import { recordLeaveApproval } from './record-leave-approval';
import { withdrawLeave } from './withdraw-leave';
import { requestLeave } from './request-leave';
import { seedDemoDistrict } from './seed';

let t: TestDatabase;
let admin: { kind: 'user'; userId: string; label: string; app: 'platform' };
const leader = (name: string) => t.db.leader.findFirstOrThrow({ where: { name } });

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemoDistrict(t.db, { district: 'kaizhou', asOf: '2026-01-01' });
  const u = await t.db.user.findUniqueOrThrow({ where: { username: 'admin' } });
  admin = { kind: 'user', userId: u.id, label: 'admin', app: 'platform' };
});
afterAll(async () => {
  await t?.drop();
});

describe('the district is chosen once', () => {
  test('a database seeded for Kaizhou refuses to be re-seeded as Shapingba, and keeps its district', async () => {
    await expect(seedDemoDistrict(t.db, { district: 'shapingba', asOf: '2026-01-01' })).rejects.toThrow(
      /kaizhou/,
    );
    const again = await seedDemoDistrict(t.db, { asOf: '2026-01-01' });
    expect(again).toMatchObject({ created: false, district: 'kaizhou' });
  });

  test('with no district stored, the directory answers an error instead of falling back to Kaizhou', async () => {
    const empty = await createTestDatabase();
    try {
      await expect(whoActsFor(empty.db, 'any-leader', '2026-05-06')).rejects.toMatchObject({
        appCode: 'INTERNAL',
      });
    } finally {
      await empty.drop();
    }
  });
});

describe('the demo seed', () => {
  test('creates the district, its departments and leaders, and accounts for every role with a password printed once', async () => {
    expect(await t.db.districtSetting.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      district: 'kaizhou',
    });
    expect(await t.db.department.count()).toBe(18);
    expect(await t.db.department.count({ where: { principalHead: null } })).toBe(0);
    expect(await t.db.department.count({ where: { kind: 'township' } })).toBe(6);
    const roles = [...new Set((await t.db.user.findMany()).flatMap((u) => u.roles))].sort();
    // the leaders who sign in are linked to their place in the directory (the signer's post and portfolio)
    const linked = await t.db.leader.findMany({ where: { userId: { not: null } }, include: { user: true }, orderBy: { name: 'asc' } });
    expect(linked.map((l) => [l.name, l.post, l.user!.username])).toEqual([
      ['吴海涛', 'office_director', 'leader-wu'],
      ['林志远', 'district_head', 'leader-lin'],
      ['陈雅琴', 'deputy_head', 'leader-chen'],
    ]);
    expect(roles).toEqual([
      'administrator',
      'department_head',
      'department_staff',
      'disclosure_editor',
      'district_leader',
      'legal_reviewer',
      'supervision_office',
    ]);
  });

  test('is idempotent: a second run creates nothing and prints no password', async () => {
    const counts = async () => [
      await t.db.department.count(),
      await t.db.leader.count(),
      await t.db.user.count(),
      await t.db.abPair.count(),
    ];
    const before = await counts();
    const again = await seedDemoDistrict(t.db, { district: 'kaizhou', asOf: '2026-01-01' });
    expect(again.created).toBe(false);
    expect(again.accounts.every((a) => a.password === undefined)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  test('stores only argon2id hashes, never a password', async () => {
    for (const u of await t.db.user.findMany()) expect(u.passwordHash).toMatch(/^\$argon2id\$/);
  });
});

describe('the division of work', () => {
  test('names the leader in charge of a department on a date, and nobody before the division took effect', async () => {
    const edu = await t.db.department.findUniqueOrThrow({ where: { code: 'education' } });
    expect((await leaderInChargeOf(t.db, { departmentId: edu.id }, '2026-03-01'))?.leader.name).toBe(
      '陈雅琴',
    );
    expect(await leaderInChargeOf(t.db, { departmentId: edu.id }, '2025-12-31')).toBeNull();
    expect((await leaderInChargeOf(t.db, { domain: '国资' }, '2026-03-01'))?.leader.name).toBe('周明德');
  });
});

describe('AB roles and leave (Kaizhou 六, 四十七)', () => {
  test('a deputy on a business trip is stood in for by the AB counterpart, decided by rules-core', async () => {
    const [chen, zhao] = [await leader('陈雅琴'), await leader('赵春生')];
    const { leave } = await requestLeave(t.db, admin, {
      leaderId: chen.id,
      fromDate: '2026-05-06',
      toDate: '2026-05-08',
      reason: 'business_trip',
      destination: '北京',
    });
    expect(await whoActsFor(t.db, chen.id, '2026-05-07')).toMatchObject({ absent: false }); // not yet approved
    await recordLeaveApproval(t.db, admin, {
      leaveId: leave.id,
      step: 'approval',
      decision: 'approve',
      givenBy: '区政府',
    });
    await recordLeaveApproval(t.db, admin, {
      leaveId: leave.id,
      step: 'away-report',
      decision: 'approve',
      givenBy: '区政府办公室',
    });
    expect((await t.db.leaveRecord.findUniqueOrThrow({ where: { id: leave.id } })).status).toBe('approved');
    expect(await whoActsFor(t.db, chen.id, '2026-05-07')).toMatchObject({
      absent: true,
      actingFor: { actor: zhao.id, basis: 'ab-counterpart' },
    });
    const audit = await t.db.auditEntry.findMany({ where: { entityId: leave.id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['leave.request', 'leave.approval', 'leave.away-report']);
  });

  test('approval steps must follow the rulebook’s chain in order', async () => {
    const wang = await leader('王建国');
    const { leave } = await requestLeave(t.db, admin, {
      leaderId: wang.id,
      fromDate: '2026-06-01',
      toDate: '2026-06-02',
      reason: 'business_trip',
    });
    await expect(
      recordLeaveApproval(t.db, admin, {
        leaveId: leave.id,
        step: 'away-report',
        decision: 'approve',
        givenBy: 'x',
      }),
    ).rejects.toMatchObject({ appCode: 'RULE_VIOLATION' });
  });

  test('a vacation in Kaizhou is not an AB trigger: the answer is RULEBOOK_SILENT, not a guess', async () => {
    const sun = await leader('孙立平');
    const { leave } = await requestLeave(t.db, admin, {
      leaderId: sun.id,
      fromDate: '2026-07-01',
      toDate: '2026-07-03',
      reason: 'vacation',
    });
    await recordLeaveApproval(t.db, admin, {
      leaveId: leave.id,
      step: 'approval',
      decision: 'approve',
      givenBy: '区政府',
    });
    await recordLeaveApproval(t.db, admin, {
      leaveId: leave.id,
      step: 'away-report',
      decision: 'approve',
      givenBy: '区政府办公室',
    });
    await expect(whoActsFor(t.db, sun.id, '2026-07-02')).rejects.toMatchObject({ code: 'RULEBOOK_SILENT' });
  });
});

describe('AB pairs and leave in Shapingba (art.10, art.52)', () => {
  let s: TestDatabase;
  let sAdmin: typeof admin;
  beforeAll(async () => {
    s = await createTestDatabase();
    await seedDemoDistrict(s.db, { district: 'shapingba', asOf: '2026-01-01' });
    sAdmin = { ...admin, userId: (await s.db.user.findUniqueOrThrow({ where: { username: 'admin' } })).id };
  });
  afterAll(async () => {
    await s?.drop();
  });

  test('an AB pair without its executive-meeting decision and office document is refused', async () => {
    const [a, b] = await s.db.leader.findMany({ take: 2 });
    await expect(
      createAbPair(s.db, sAdmin, { leaderAId: a!.id, leaderBId: b!.id, validFrom: '2026-02-01' }),
    ).rejects.toMatchObject({ appCode: 'RULE_VIOLATION' });
  });

  test('leave that would put both of a pair away needs an override reason; the chain is consent → approval → filing', async () => {
    const chen = await s.db.leader.findFirstOrThrow({ where: { name: '陈雅琴' } });
    const zhao = await s.db.leader.findFirstOrThrow({ where: { name: '赵春生' } });
    const first = await requestLeave(s.db, sAdmin, {
      leaderId: chen.id,
      fromDate: '2026-05-06',
      toDate: '2026-05-08',
      reason: 'vacation',
    });
    expect(first.chain.steps.map((x) => x.step)).toEqual([
      'principal-consent',
      'party-secretary-approval',
      'filing',
    ]);
    await expect(
      requestLeave(s.db, sAdmin, {
        leaderId: zhao.id,
        fromDate: '2026-05-08',
        toDate: '2026-05-09',
        reason: 'study',
      }),
    ).rejects.toMatchObject({ appCode: 'RULE_VIOLATION' });
    const second = await requestLeave(s.db, sAdmin, {
      leaderId: zhao.id,
      fromDate: '2026-05-08',
      toDate: '2026-05-09',
      reason: 'study',
      overrideReason: '市委党校调训，不可调整',
    });
    expect(second.leave.overrideReason).toBe('市委党校调训，不可调整');
  });
});

describe('races and corrections', () => {
  test('six concurrent approvals of one step record exactly one; the leave is decided once, never stuck', async () => {
    const deputy = await leader('孙立平');
    const leave = await requestLeave(t.db, admin, {
      leaderId: deputy.id,
      fromDate: '2026-09-07',
      toDate: '2026-09-08',
      reason: 'study',
    });
    const step = leave.chain.steps[0]!.step;
    const results = await Promise.allSettled(
      ['approve', 'reject', 'approve', 'reject', 'approve', 'approve'].map((decision) =>
        recordLeaveApproval(t.db, admin, {
          leaveId: leave.leave.id,
          step,
          decision: decision as 'approve' | 'reject',
          givenBy: '区政府',
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toMatchObject({
        appCode: expect.stringMatching(/CONFLICT|RULE_VIOLATION/),
      });
    expect(await t.db.leaveApproval.count({ where: { leaveId: leave.leave.id } })).toBe(1);
  });

  test('a leave can be withdrawn, and an AB pair ended early, each audited', async () => {
    const deputy = await leader('孙立平');
    const leave = await requestLeave(t.db, admin, {
      leaderId: deputy.id,
      fromDate: '2026-10-12',
      toDate: '2026-10-13',
      reason: 'business_trip',
    });
    const withdrawn = await withdrawLeave(t.db, admin, { leaveId: leave.leave.id, reason: '行程取消' });
    expect(withdrawn.status).toBe('cancelled');
    await expect(
      withdrawLeave(t.db, admin, { leaveId: leave.leave.id, reason: 'again' }),
    ).rejects.toMatchObject({
      appCode: 'CONFLICT',
    });
    const pair = await t.db.abPair.findFirstOrThrow();
    const ended = await endAbPair(t.db, admin, { id: pair.id, validTo: '2026-12-31' });
    expect(ended.validTo?.toISOString().slice(0, 10)).toBe('2026-12-31');
    await expect(endAbPair(t.db, admin, { id: pair.id, validTo: '2025-01-01' })).rejects.toMatchObject({
      appCode: 'INVALID_INPUT',
    });
    expect(
      await t.db.auditEntry.count({ where: { action: { in: ['leave.withdraw', 'ab-pair.end'] } } }),
    ).toBe(2);
  });

  test('why a leader is away is not shown to those who do not record leave', async () => {
    const hidden = await listLeaves(t.db, { withReasons: false });
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((l) => l.reason === null && l.destination === null)).toBe(true);
    expect((await listLeaves(t.db, { withReasons: true })).some((l) => l.reason !== null)).toBe(true);
  });

  test('Kaizhou has no designation of a stand-in by the district head: it is refused as silent', async () => {
    const [a, b] = [await leader('孙立平'), await leader('王建国')];
    await expect(
      designateStandIn(t.db, admin, {
        absentLeaderId: a.id,
        actorLeaderId: b.id,
        fromDate: '2026-03-02',
        toDate: '2026-03-03',
        basis: '区长决定',
      }),
    ).rejects.toMatchObject({ appCode: 'RULEBOOK_SILENT' });
  });
});

describe('SPB art.10(4): the district head designates another leader', () => {
  test('when both of a pair are away, the designated leader acts; without one, the answer is unresolved', async () => {
    const spb = await freshDatabase();
    try {
      await seedDemoDistrict(spb.db, { district: 'shapingba', asOf: '2026-01-01' });
      const u = await spb.db.user.findUniqueOrThrow({ where: { username: 'admin' } });
      const who = { kind: 'user' as const, userId: u.id, label: 'admin', app: 'platform' as const };
      const pair = await spb.db.abPair.findFirstOrThrow();
      const others = await spb.db.leader.findMany({
        where: { id: { notIn: [pair.leaderAId, pair.leaderBId] }, post: { not: 'district_head' } },
      });
      for (const id of [pair.leaderAId, pair.leaderBId]) {
        await spb.db.leaveRecord.create({
          data: {
            leaderId: id,
            fromDate: new Date('2026-05-11'),
            toDate: new Date('2026-05-12'),
            reason: 'business_trip',
            status: 'approved',
            createdById: u.id,
          },
        });
      }
      expect((await whoActsFor(spb.db, pair.leaderAId, '2026-05-11')).actingFor).toMatchObject({
        basis: 'unresolved',
        actor: null,
      });
      await designateStandIn(spb.db, who, {
        absentLeaderId: pair.leaderAId,
        actorLeaderId: others[0]!.id,
        fromDate: '2026-05-11',
        toDate: '2026-05-12',
        basis: '区长决定（沙府办〔2026〕9号）',
      });
      expect((await whoActsFor(spb.db, pair.leaderAId, '2026-05-11')).actingFor).toEqual({
        leader: pair.leaderAId,
        actor: others[0]!.id,
        basis: 'designated-by-district-head',
      });
    } finally {
      await spb.drop();
    }
  });
});
