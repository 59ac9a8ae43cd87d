import { createTestDatabase, type TestDatabase } from '@zhengling/db/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAbPair } from './create-ab-pair';
import { whoActsFor } from './who-acts-for';
import { leaderInChargeOf } from './leader-in-charge';
import { recordLeaveApproval } from './record-leave-approval';
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
  test('creates the district, its departments and leaders, and one account per role with a password printed once', async () => {
    expect(await t.db.districtSetting.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      district: 'kaizhou',
    });
    expect(await t.db.department.count()).toBe(18);
    expect(await t.db.department.count({ where: { principalHead: null } })).toBe(0);
    expect(await t.db.department.count({ where: { kind: 'township' } })).toBe(6);
    const roles = (await t.db.user.findMany()).flatMap((u) => u.roles).sort();
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
