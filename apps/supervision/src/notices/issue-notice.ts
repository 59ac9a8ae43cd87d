// The escalation ladder: 提醒函 → 催办通知单 → 督办通知单, each a numbered notice to one department that it must
// acknowledge (签收) within the configured working days (a deadline in the reminder engine). A rung is issued only
// after the one below it for the same task and department; an item already completed takes none.
import { type Actor, actorIdOf, AppError, recordAudit } from '@zhengling/core';
import type { Db, NoticeLevel } from '@zhengling/db';
import { createDeadlineInTx } from '@zhengling/reminders';
import type { DistrictId } from '@zhengling/rules-core';
import { DISTRICT_SHORT, loadSettings } from '../settings/settings';
import { formatNumber, nextSerial } from '../tasks/numbering';

export const LADDER: NoticeLevel[] = ['reminder', 'urging', 'supervision'];
export const NOTICE_TITLE: Record<NoticeLevel, string> = {
  reminder: '督查提醒函',
  urging: '催办通知单',
  supervision: '督办通知单',
};

export interface NoticeInput {
  taskId: string;
  level: NoticeLevel;
  /** defaults to the lead department */
  departmentId?: string;
  matter: string;
  requirements: string;
  dueDate: string;
}

export async function issueNotice(
  db: Db,
  actor: Actor,
  input: NoticeInput,
  ctx: { district: DistrictId; asOf: string },
) {
  return db.$transaction(async (tx) => {
    const task = await tx.task.findUnique({ where: { id: input.taskId } });
    if (!task) throw new AppError('NOT_FOUND');
    if (task.state === 'completed') throw new AppError('WRONG_STATE', '（该事项已办结，无需督办）');
    const departmentId = input.departmentId ?? task.leadDepartmentId;
    if (departmentId !== task.leadDepartmentId && !task.coDepartmentIds.includes(departmentId))
      throw new AppError('INVALID_INPUT', '（通知单只能发给该事项的牵头或配合单位）');
    if (input.dueDate < ctx.asOf) throw new AppError('INVALID_INPUT', '（办理时限不能早于今天）');
    const rung = LADDER.indexOf(input.level);
    if (rung > 0) {
      const below = await tx.notice.findFirst({
        where: { taskId: task.id, departmentId, level: LADDER[rung - 1] },
      });
      if (!below)
        throw new AppError(
          'WRONG_STATE',
          `（须先发出${NOTICE_TITLE[LADDER[rung - 1]!]}，再发${NOTICE_TITLE[input.level]}）`,
        );
    }
    const settings = await loadSettings(tx);
    const year = Number(ctx.asOf.slice(0, 4));
    const serial = await nextSerial(tx, `notice-${input.level}`, year, async () => {
      const last = await tx.notice.findFirst({
        where: { level: input.level, year },
        orderBy: { serial: 'desc' },
        select: { serial: true },
      });
      return last?.serial ?? 0;
    });
    const number = formatNumber(
      settings['notice.numbering'][input.level],
      DISTRICT_SHORT[ctx.district],
      year,
      serial,
    );
    const notice = await tx.notice.create({
      data: {
        taskId: task.id,
        departmentId,
        level: input.level,
        year,
        serial,
        number,
        matter: input.matter,
        requirements: input.requirements,
        dueDate: new Date(input.dueDate),
        issuedById: actorIdOf(actor),
      },
    });
    const ack = await createDeadlineInTx(tx, actor, {
      kind: 'supervision.notice-ack',
      app: 'supervision',
      entityType: 'notice',
      entityId: notice.id,
      title: `签收${NOTICE_TITLE[input.level]} ${number}`,
      departmentId,
      startEvent: 'notice-issued',
      startDate: ctx.asOf,
      length: settings['notice.ackWorkingDays'],
      unit: 'working_days',
      ruleSource: `通知单签收时限：${settings['notice.ackWorkingDays']}个工作日（督查实务，可配置）`,
    });
    const staff = await tx.user.findMany({
      where: { departmentId, disabledAt: null, roles: { hasSome: ['department_staff', 'department_head'] } },
      select: { id: true },
    });
    await tx.notification.createMany({
      data: staff.map((u) => ({
        userId: u.id,
        title: `【${NOTICE_TITLE[input.level]}】${number}：${task.title}`.slice(0, 200),
        body: `请及时签收并按要求办理。办理时限：${input.dueDate}。`,
        link: `/notices/${notice.id}`,
      })),
    });
    const saved = await tx.notice.update({ where: { id: notice.id }, data: { ackDeadlineId: ack.id } });
    await recordAudit(tx, actor, {
      action: `notice.issue`,
      entityType: 'task',
      entityId: task.id,
      after: { noticeId: notice.id, level: input.level, number, departmentId, dueDate: input.dueDate },
    });
    return saved;
  });
}
