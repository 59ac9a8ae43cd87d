// A meeting decision sent to the disclosure app for publication: it arrives there as a draft in the publishing
// workflow (保密审查, sign-off by whoever the rulebook names for the meeting's minutes). Sent once: the same decision
// sent again answers the draft already made. The sending is audited here, the draft there (as app:supervision).
import { type Actor, AppError, chinaDate, recordAudit } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import { type DistrictId, INSTRUMENTS, INSTRUMENT_OF_DISTRICT, MINUTES_KIND } from '@zhengling/rules-core';
import { type DisclosureClient, submitToDisclosure } from './disclosure-client';


export async function sendDecisionToDisclosure(
  db: Db,
  actor: Actor & { kind: 'user' },
  user: { departmentId: string },
  district: DistrictId,
  client: DisclosureClient,
  taskId: string,
) {
  const task = await db.task.findUnique({ where: { id: taskId } });
  if (!task || task.kind !== 'meeting_decision') throw new AppError('NOT_FOUND');
  if (!task.meetingName || !task.meetingKind || !task.meetingDate) throw new AppError('INVALID_INPUT', '（会议信息不全）');
  const instrument = INSTRUMENTS[INSTRUMENT_OF_DISTRICT[district]];
  const fields = {
    kind: 'meeting_decision' as const,
    title: `${task.meetingName}议定事项：${task.title}`.slice(0, 200),
    issuer: instrument.issuer,
    draftingDepartmentId: user.departmentId,
    formedOn: chinaDate(task.meetingDate),
    category: '综合政务',
    attribute: 'proactive' as const,
    legalBasis: `${instrument.title}（${instrument.documentNumber}）`,
    summary: (task.agendaItem ?? '').slice(0, 500),
    bodyText: [`${task.meetingName}（${chinaDate(task.meetingDate)}）议定：`, task.agendaItem ?? '', task.title, task.measures ?? ''].filter(Boolean).join('\n'),
    signoffKind: MINUTES_KIND[task.meetingKind as keyof typeof MINUTES_KIND] ?? 'executive-minutes',
    needsInterpretation: false,
  };
  const answer = await submitToDisclosure(client, { sourceRef: `task:${task.id}`, fields });
  await db.$transaction((tx) =>
    recordAudit(tx, actor, {
      action: 'supervision.task.send-to-disclosure',
      entityType: 'task',
      entityId: task.id,
      after: { disclosureItemId: answer.id, created: answer.created },
    }),
  );
  return answer;
}
