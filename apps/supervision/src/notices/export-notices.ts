// The notices ledger (督办台账) as Excel, for the user's scope.
import { chinaDateTime } from '@zhengling/core';
import type { Db, NoticeLevel } from '@zhengling/db';
import ExcelJS from 'exceljs';
import type { TaskScope } from '../tasks/scope';
import { NOTICE_TITLE } from './issue-notice';
import { listNotices } from './list-notices';


export async function exportNotices(db: Db, scope: TaskScope, filter: { level?: NoticeLevel }) {
  const departments = new Map((await db.department.findMany()).map((d) => [d.id, d.name]));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhengling 政令';
  const sheet = wb.addWorksheet('督办台账');
  sheet.columns = [
    { key: 'number', header: '文号', width: 22 },
    { key: 'level', header: '类别', width: 12 },
    { key: 'task', header: '事项', width: 40 },
    { key: 'department', header: '承办单位', width: 18 },
    { key: 'dueDate', header: '办理时限', width: 12 },
    { key: 'issuedAt', header: '发出时间', width: 18 },
    { key: 'ackBy', header: '签收人', width: 14 },
    { key: 'ackAt', header: '签收时间', width: 18 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const n of await listNotices(db, scope, filter))
    sheet.addRow({
      number: n.number,
      level: NOTICE_TITLE[n.level],
      task: `${n.task.number} ${n.task.title}`,
      department: departments.get(n.departmentId) ?? '',
      dueDate: n.dueDate.toISOString().slice(0, 10),
      issuedAt: chinaDateTime(n.issuedAt),
      ackBy: n.acknowledgedByName ?? '未签收',
      ackAt: n.acknowledgedAt ? chinaDateTime(n.acknowledgedAt) : '',
    });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
