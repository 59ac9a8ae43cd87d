import type { Db } from '@zhengling/db';

/** The active departments and townships, by code. */
export const listDepartments = (db: Db) =>
  db.department.findMany({ where: { active: true }, orderBy: { code: 'asc' } });
