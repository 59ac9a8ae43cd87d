// The one open progress-report period of a task, with its deadline in the reminder engine: opened when the task is
// registered, and the next one when a report for the open period is signed off.
import type { Actor } from '@zhengling/core';
import type { Task, Tx } from '@zhengling/db';
import { createDeadlineInTx } from '@zhengling/reminders';
import type { Settings } from '../settings/settings';
import { periodLabel, reportPeriodFrom } from './report-period';

export async function openReportPeriod(tx: Tx, actor: Actor, task: Task, from: string, settings: Settings) {
  const next = reportPeriodFrom(
    from,
    task.dueDate.toISOString().slice(0, 10),
    task.reportCycle,
    settings['report.dayOfMonth'],
  );
  if (!next) return tx.task.update({ where: { id: task.id }, data: { reportDeadlineId: null, reportPeriod: null } });
  const deadline = await createDeadlineInTx(tx, actor, {
    kind: 'supervision.progress-report',
    app: 'supervision',
    entityType: 'task',
    entityId: task.id,
    title: `${task.number} ${task.title}（${periodLabel(next.period)}进度）`.slice(0, 200),
    departmentId: task.leadDepartmentId,
    startEvent: 'report-day',
    startDate: next.due,
    length: 0,
    unit: 'calendar_days',
    ruleSource: `进度报送日：每月${settings['report.dayOfMonth']}日（督查实务，可配置；shared/DOMAIN.md）`,
  });
  return tx.task.update({
    where: { id: task.id },
    data: { reportDeadlineId: deadline.id, reportPeriod: next.period },
  });
}
