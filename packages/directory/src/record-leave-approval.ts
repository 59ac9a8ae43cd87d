// Record the next approval of a leave, in the order its rulebook's chain requires.
import type { Db } from '@zhengling/db';
import { leaveApprovalChain } from '@zhengling/rules-core';
import { type Actor, AppError, auditedMutation } from '@zhengling/core';
import { districtOf, isDistrictHead } from './facts';

/**
 * Record the next step of the chain (given by a named person, recorded by the signed-in user). The leave is read and
 * locked inside the transaction, and (leave, step) is unique in the table: of concurrent approvals of one step exactly
 * one is recorded, the others are refused, and the leave never ends up half-decided.
 */
export async function recordLeaveApproval(
  db: Db,
  actor: Actor & { kind: 'user' },
  input: { leaveId: string; step: string; decision: 'approve' | 'reject'; givenBy: string },
) {
  const district = await districtOf(db);
  return auditedMutation(db, actor, async (tx) => {
    // FOR UPDATE: a second approval of the same leave waits here until the first is committed, then sees it
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM platform.leave_record WHERE id = ${input.leaveId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError('NOT_FOUND');
    const leave = await tx.leaveRecord.findUniqueOrThrow({
      where: { id: input.leaveId },
      include: { approvals: true },
    });
    if (leave.status !== 'requested') throw new AppError('CONFLICT', '（该请假已办结）');
    const chain = leaveApprovalChain(district, {
      leaderIsDistrictHead: await isDistrictHead(tx, leave.leaderId),
    });
    const next = chain.steps[leave.approvals.length];
    if (!next || next.step !== input.step) {
      throw new AppError('RULE_VIOLATION', `（下一步应为 ${next?.step ?? '无'}）`, {
        expected: next?.step,
        chain: chain.steps,
      });
    }
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
