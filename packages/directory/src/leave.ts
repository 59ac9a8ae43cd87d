// Leave and travel of leaders, with the approvals each rulebook requires (SPB art.52; KZ 四十七) and the AB check
// (SPB art.10(2): A and B generally not both away — a conflict needs a recorded override reason).
import type { Db, LeaveRecord } from '@zhengling/db';
import { checkLeave, leaveApprovalChain } from '@zhengling/rules-core';
import { type Actor, AppError, auditedMutation } from '@zhengling/server-kit';
import { abFacts, districtOf, isoDate, leaveFact } from './facts';

export interface NewLeave {
  leaderId: string;
  fromDate: string;
  toDate: string;
  reason: LeaveRecord['reason'];
  destination?: string;
  overrideReason?: string;
}

export async function requestLeave(db: Db, actor: Actor & { kind: 'user' }, input: NewLeave) {
  if (input.toDate < input.fromDate) throw new AppError('INVALID_INPUT', '（结束日期早于开始日期）');
  const district = await districtOf(db);
  const check = checkLeave(await abFacts(db, district, { includeRequested: true }), {
    leader: input.leaderId,
    from: input.fromDate,
    to: input.toDate,
    reason: input.reason.replace(/_/g, '-') as never,
  });
  if (check.requiresOverrideReason && !input.overrideReason?.trim()) {
    throw new AppError(
      'RULE_VIOLATION',
      '（AB角的区政府领导一般不同时不在岗：对应领导同期不在岗，须说明理由，第十条第（二）项）',
      {
        overlapping: check.overlapping,
      },
    );
  }
  return auditedMutation(db, actor, async (tx) => {
    const leave = await tx.leaveRecord.create({
      data: {
        ...input,
        fromDate: new Date(input.fromDate),
        toDate: new Date(input.toDate),
        overrideReason: input.overrideReason ?? null,
        createdById: actor.userId,
      },
    });
    return {
      result: {
        leave,
        warnings: check.conflict ? check.notes : [],
        chain: leaveApprovalChain(district, {
          leaderIsDistrictHead: await isDistrictHead(db, input.leaderId),
        }),
      },
      audit: {
        action: 'leave.request',
        entityType: 'leave',
        entityId: leave.id,
        after: { ...leaveFact(leave), overrideReason: leave.overrideReason },
      },
    };
  });
}

const isDistrictHead = async (db: Db, leaderId: string) =>
  (await db.leader.findUnique({ where: { id: leaderId } }))?.post === 'district_head';

/** Record the next step of the chain (given by a named person, recorded by the signed-in user). */
export async function recordLeaveApproval(
  db: Db,
  actor: Actor & { kind: 'user' },
  input: { leaveId: string; step: string; decision: 'approve' | 'reject'; givenBy: string },
) {
  const leave = await db.leaveRecord.findUnique({
    where: { id: input.leaveId },
    include: { approvals: true },
  });
  if (!leave) throw new AppError('NOT_FOUND');
  if (leave.status !== 'requested') throw new AppError('CONFLICT', '（该请假已办结）');
  const chain = leaveApprovalChain(await districtOf(db), {
    leaderIsDistrictHead: await isDistrictHead(db, leave.leaderId),
  });
  const next = chain.steps[leave.approvals.length];
  if (!next || next.step !== input.step) {
    throw new AppError('RULE_VIOLATION', `（下一步应为 ${next?.step ?? '无'}）`, {
      expected: next?.step,
      chain: chain.steps,
    });
  }
  return auditedMutation(db, actor, async (tx) => {
    await tx.leaveApproval.create({
      data: {
        leaveId: leave.id,
        step: input.step,
        decision: input.decision,
        givenBy: input.givenBy,
        recordedById: actor.userId,
      },
    });
    const done = leave.approvals.length + 1 === chain.steps.length;
    const status = input.decision === 'reject' ? 'rejected' : done ? 'approved' : 'requested';
    const updated = await tx.leaveRecord.update({ where: { id: leave.id }, data: { status } });
    return {
      result: updated,
      audit: {
        action: `leave.${input.step}`,
        entityType: 'leave',
        entityId: leave.id,
        before: { status: leave.status },
        after: { status, decision: input.decision, givenBy: input.givenBy },
      },
    };
  });
}

export const leaveDates = (l: LeaveRecord) => ({ from: isoDate(l.fromDate), to: isoDate(l.toDate) });
