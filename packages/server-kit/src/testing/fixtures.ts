// Test fixtures: departments and one user per role, created through the real use-cases.
import type { Db, Role } from '@zhengling/db';
import { systemActor } from '@zhengling/core';
import { createUser } from '../auth/create-user';

export const TEST_PASSWORD = 'correct horse battery staple';

export async function seedAccessFixture(db: Db) {
  const [finance, justice, office] = await Promise.all([
    db.department.create({
      data: { code: 'finance', name: '区财政局', shortName: '财政局', kind: 'work_department' },
    }),
    db.department.create({
      data: { code: 'justice', name: '区司法局', shortName: '司法局', kind: 'work_department' },
    }),
    db.department.create({
      data: { code: 'office', name: '区政府办公室', shortName: '政府办', kind: 'office' },
    }),
  ]);
  const mk = (username: string, departmentId: string, roles: Role[]) =>
    db.$transaction((tx) =>
      createUser(tx, systemActor('test'), {
        username,
        displayName: username,
        departmentId,
        roles,
        password: TEST_PASSWORD,
      }),
    );
  const users = {
    financeStaff: await mk('finance-staff', finance.id, ['department_staff']),
    financeHead: await mk('finance-head', finance.id, ['department_head']),
    justiceStaff: await mk('justice-staff', justice.id, ['department_staff']),
    supervisor: await mk('supervisor', office.id, ['supervision_office']),
    admin: await mk('admin', office.id, ['administrator']),
  };
  return { departments: { finance, justice, office }, users };
}
