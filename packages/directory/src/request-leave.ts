// Request leave for a leader, with the approvals each rulebook requires (SPB art.52; KZ 四十七) and the AB check
// (SPB art.10(2): A and B generally not both away — a conflict needs a recorded override reason).
import type { Db, LeaveRecord } from '@zhengling/db';
import { checkLeave, leaveApprovalChain } from '@zhengling/rules-core';
import { type Actor, AppError, auditedMutation } from '@zhengling/core';
import { abFacts, districtOf, isDistrictHead, leaveFact } from './facts';

/** No leave runs longer than a year: a longer one is a data-entry error (9999-12-31), not a leave. */
export const MAX_LEAVE_DAYS = 366;

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
  if (Date.parse(input.toDate) - Date.parse(input.fromDate) > MAX_LEAVE_DAYS * 86_400_000) {
    throw new AppError('INVALID_INPUT', `（一次请假不超过${MAX_LEAVE_DAYS}天）`);
  }
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
