import type { Db } from '@zhengling/db';
import { validateAbPair } from '@zhengling/rules-core';
import { type Actor, AppError, auditedMutation } from '@zhengling/core';
import { abFacts, districtOf } from './facts';

export interface NewAbPair {
  leaderAId: string;
  leaderBId: string;
  validFrom: string;
  validTo?: string;
  /** SPB art.10(2): the executive-meeting decision and the office document that set the pair */
  decisionRef?: string;
  documentRef?: string;
}

/**
 * Record an AB pair. rules-core decides whether the district's rules accept it (SPB art.10(2): the executive-meeting
 * decision and the office document; one counterpart at a time); the directory only records it.
 */
export async function createAbPair(db: Db, actor: Actor, input: NewAbPair) {
  const district = await districtOf(db);
  const { pairs } = await abFacts(db, district, { includeRequested: false });
  const check = validateAbPair(
    district,
    {
      a: input.leaderAId,
      b: input.leaderBId,
      validFrom: input.validFrom,
      ...(input.validTo ? { validTo: input.validTo } : {}),
      ...(input.decisionRef ? { decisionRef: input.decisionRef } : {}),
      ...(input.documentRef ? { documentRef: input.documentRef } : {}),
    },
    pairs,
  );
  const problem = check.problems[0];
  if (problem) {
    throw new AppError(problem.rule ? 'RULE_VIOLATION' : 'INVALID_INPUT', `（${problem.message}）`, {
      problems: check.problems,
      citations: check.citations,
    });
  }
  return auditedMutation(db, actor, async (tx) => {
    const pair = await tx.abPair.create({
      data: {
        ...input,
        validFrom: new Date(input.validFrom),
        validTo: input.validTo ? new Date(input.validTo) : null,
      },
    });
    return {
      result: pair,
      audit: { action: 'ab-pair.create', entityType: 'ab-pair', entityId: pair.id, after: pair },
    };
  });
}
