// The demo district: Kaizhou's real departments and townships, fictional leaders, a dated division of work, AB pairs,
// and one account per role with a generated password, printed once. Idempotent: a second run creates nothing and
// prints no password.
import type { Db, DepartmentKind, LeaderPost, Role } from '@zhengling/db';
import type { DistrictId } from '@zhengling/rules-core';
import { createUser, generatePassword } from '@zhengling/server-kit/identity';
import { auditedMutation, systemActor } from '@zhengling/core';

const DEPARTMENTS: [code: string, name: string, shortName: string, kind: DepartmentKind][] = [
  ['gov-office', '区政府办公室', '区政府办', 'office'],
  ['supervision-office', '区政府督查办', '督查办', 'office'],
  ['development-reform', '区发展改革委', '发展改革委', 'composition_department'],
  ['finance', '区财政局', '财政局', 'composition_department'],
  ['justice', '区司法局', '司法局', 'composition_department'],
  ['sasac', '区国资委', '国资委', 'work_department'],
  ['education', '区教委', '教委', 'composition_department'],
  ['housing', '区住房城乡建委', '住房城乡建委', 'composition_department'],
  ['health', '区卫生健康委', '卫生健康委', 'composition_department'],
  ['agriculture', '区农业农村委', '农业农村委', 'composition_department'],
  ['audit', '区审计局', '审计局', 'composition_department'],
  ['big-data', '区大数据发展局', '大数据发展局', 'work_department'],
  ['hanfeng', '汉丰街道', '汉丰街道', 'township'],
  ['wenfeng', '文峰街道', '文峰街道', 'township'],
  ['baihe', '白鹤街道', '白鹤街道', 'township'],
  ['zhaojia', '赵家街道', '赵家街道', 'township'],
  ['dade', '大德镇', '大德镇', 'township'],
  ['linjiang', '临江镇', '临江镇', 'township'],
];

// Fictional names: the demo must not pretend to name real office-holders.
const PRINCIPAL_HEADS: Record<string, string> = {
  'gov-office': '吴海涛',
  'supervision-office': '李晓',
  'development-reform': '黄文斌',
  finance: '杨丽',
  justice: '郑华',
  sasac: '冯建军',
  education: '刘强',
  housing: '蒋伟',
  health: '韩梅',
  agriculture: '曹勇',
  audit: '彭静',
  'big-data': '何立',
  hanfeng: '邓凯',
  wenfeng: '许芳',
  baihe: '罗成',
  zhaojia: '谢军',
  dade: '唐波',
  linjiang: '宋涛',
};
const LEADERS: [key: string, name: string, post: LeaderPost, portfolio: string[], domains: string[]][] = [
  ['head', '林志远', 'district_head', ['audit'], ['全面工作']],
  [
    'exec',
    '周明德',
    'executive_deputy_head',
    ['finance', 'sasac', 'development-reform', 'gov-office'],
    ['财政', '国资'],
  ],
  ['deputy-edu', '陈雅琴', 'deputy_head', ['education', 'health'], ['教育', '卫生']],
  ['deputy-build', '王建国', 'deputy_head', ['housing', 'big-data'], ['城乡建设']],
  ['deputy-rural', '赵春生', 'deputy_head', ['agriculture', 'dade', 'linjiang'], ['农业农村']],
  [
    'party-member',
    '孙立平',
    'party_group_member',
    ['justice', 'hanfeng', 'wenfeng', 'baihe', 'zhaojia'],
    ['法治'],
  ],
  ['office-director', '吴海涛', 'office_director', ['supervision-office'], ['办公室工作']],
];

const AB_PAIRS: [string, string][] = [
  ['exec', 'deputy-build'],
  ['deputy-edu', 'deputy-rural'],
];

const ACCOUNTS: [username: string, displayName: string, department: string, roles: Role[]][] = [
  ['duchaban', '督查办 李晓', 'supervision-office', ['supervision_office']],
  ['jiaowei-staff', '区教委 张敏', 'education', ['department_staff']],
  ['jiaowei-head', '区教委主任 刘强', 'education', ['department_head']],
  ['leader-chen', '陈雅琴（副区长）', 'gov-office', ['district_leader']],
  ['leader-lin', '林志远（区长）', 'gov-office', ['district_leader']],
  ['leader-wu', '吴海涛（区政府办主任）', 'gov-office', ['district_leader']],
  ['zhengfuban-staff', '区政府办 周婷', 'gov-office', ['department_staff']],
  ['fagaiwei-staff', '区发展改革委 王磊', 'development-reform', ['department_staff']],
  ['fagaiwei-head', '区发展改革委主任 杨帆', 'development-reform', ['department_head']],
  ['disclosure-editor', '政务公开 何静', 'big-data', ['disclosure_editor']],
  ['legal-reviewer', '区司法局 郑华', 'justice', ['legal_reviewer']],
  ['admin', '系统管理员', 'gov-office', ['administrator']],
];

/** The leaders who sign in (the others act through the office). */
const LEADER_ACCOUNTS: Record<string, string> = { 'leader-chen': '陈雅琴', 'leader-lin': '林志远', 'leader-wu': '吴海涛' };

export interface SeedResult {
  created: boolean;
  /** the district the database serves (chosen once, when it was first seeded) */
  district: DistrictId;
  /** passwords only for accounts created by this run */
  accounts: { username: string; displayName: string; roles: Role[]; password?: string }[];
}

/** The rulebook a new demo database is seeded with when none is asked for (README: ZHENGLING_DISTRICT). */
export const DEMO_DISTRICT: DistrictId = 'kaizhou';

/**
 * Seed the demo district once. The district is chosen here, when the database is first seeded, and stored; every
 * process then reads it from the database. Asking for another district on a database already seeded is refused.
 */
export async function seedDemoDistrict(
  db: Db,
  opts: { district?: DistrictId; asOf: string },
): Promise<SeedResult> {
  const actor = systemActor('seed');
  const existing = await db.districtSetting.findUnique({ where: { id: 1 } });
  if (existing && opts.district && existing.district !== opts.district) {
    throw new Error(
      `该数据库已按 ${existing.district} 的规则初始化，不能改为 ${opts.district}：请使用另一个数据库（DATABASE_URL）。` +
        ` / This database serves ${existing.district}; use another database for ${opts.district}.`,
    );
  }
  const district = existing?.district ?? opts.district ?? DEMO_DISTRICT;
  let created = false;
  if (!existing) {
    created = true;
    await auditedMutation(db, actor, async (tx) => {
      await tx.districtSetting.create({
        data: {
          id: 1,
          district,
          name: district === 'kaizhou' ? '重庆市开州区' : '重庆市沙坪坝区',
        },
      });
      const depts = new Map<string, string>();
      for (const [code, name, shortName, kind] of DEPARTMENTS)
        depts.set(
          code,
          (
            await tx.department.create({
              data: { code, name, shortName, kind, principalHead: PRINCIPAL_HEADS[code] },
            })
          ).id,
        );
      const leaders = new Map<string, string>();
      for (const [key, name, post, portfolio, domains] of LEADERS) {
        const l = await tx.leader.create({ data: { name, post } });
        leaders.set(key, l.id);
        const basis = '区政府领导同志工作分工（演示数据）';
        for (const code of portfolio)
          await tx.portfolioAssignment.create({
            data: { leaderId: l.id, departmentId: depts.get(code)!, validFrom: new Date(opts.asOf), basis },
          });
        for (const domain of domains)
          await tx.portfolioAssignment.create({
            data: { leaderId: l.id, domain, validFrom: new Date(opts.asOf), basis },
          });
      }
      for (const [a, b] of AB_PAIRS) {
        await tx.abPair.create({
          data: {
            leaderAId: leaders.get(a)!,
            leaderBId: leaders.get(b)!,
            validFrom: new Date(opts.asOf),
            decisionRef: '区政府常务会议（演示）',
            documentRef: '区政府办公室关于区政府领导AB角工作安排的通知（演示）',
          },
        });
      }
      return {
        result: null,
        audit: {
          action: 'directory.seed',
          entityType: 'district',
          entityId: district,
          after: { departments: DEPARTMENTS.length, leaders: LEADERS.length, abPairs: AB_PAIRS.length },
        },
      };
    });
  }
  const accounts: SeedResult['accounts'] = [];
  for (const [username, displayName, deptCode, roles] of ACCOUNTS) {
    if (await db.user.findUnique({ where: { username } })) {
      accounts.push({ username, displayName, roles });
      continue;
    }
    const dept = await db.department.findUniqueOrThrow({ where: { code: deptCode } });
    const password = generatePassword();
    await db.$transaction((tx) =>
      createUser(tx, actor, {
        username,
        displayName,
        departmentId: dept.id,
        roles,
        password,
        email: `${username}@demo.zhengling.invalid`,
      }),
    );
    const leaderName = LEADER_ACCOUNTS[username];
    if (leaderName) {
      const user = await db.user.findUniqueOrThrow({ where: { username } });
      await db.leader.updateMany({ where: { name: leaderName, userId: null }, data: { userId: user.id } });
    }
    accounts.push({ username, displayName, roles, password });
  }
  return { created, district, accounts };
}
