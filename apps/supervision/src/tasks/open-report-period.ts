// The one open progress-report period of a task, with its deadline in the reminder engine: opened when the task is
// registered, and the next one when a report for the open period is signed off.
import type { Actor } from '@zhengling/core';
import type { Task, Tx } from '@zhengling/db';
import { createDeadlineInTx, type NewDeadline } from '@zhengling/reminders';
import type { Settings } from '../settings/settings';
import { periodLabel, reportPeriodFrom } from './report-period';

type TaskFacts = Pick<Task, 'id' | 'number' | 'title' | 'dueDate' | 'reportCycle' | 'leadDepartmentId'>;

/** The next report period from `from` and its deadline, or null when none is due before the task's own due date. */
export function reportDeadlineOf(
  task: TaskFacts,
  from: string,
  settings: Settings,
): { period: string; deadline: NewDeadline } | null {
  const next = reportPeriodFrom(
    from,
    task.dueDate.toISOString().slice(0, 10),
    task.reportCycle,
    settings['report.dayOfMonth'],
  );
  if (!next) return null;
  return {
    period: next.period,
    deadline: {
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
    },
  };
}

export async function openReportPeriod(tx: Tx, actor: Actor, task: Task, from: string, settings: Settings) {
  const next = reportDeadlineOf(task, from, settings);
  if (!next) return tx.task.update({ where: { id: task.id }, data: { reportDeadlineId: null, reportPeriod: null } });
  const deadline = await createDeadlineInTx(tx, actor, next.deadline);
  return tx.task.update({
    where: { id: task.id },
    data: { reportDeadlineId: deadline.id, reportPeriod: next.period },
  });
}
