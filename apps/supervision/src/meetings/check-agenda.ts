// Before an item goes on a meeting's agenda, rules-core checks it and the page shows the answers with their
// citations: which meeting may hear it (KZ 二十二 routing for money matters; SPB art.39–41 for the rest), the agenda
// conditions (SPB art.42: consultation signed by the department heads, disagreements stated with a preferred option),
// the major-decision steps, and — when the leader in charge is on leave — who acts (the AB role) from the directory's
// leave records. Where a rulebook is silent, the answer says so with the provisions that do speak.
import type { DbOrTx } from '@zhengling/db';
import { leaderInChargeOf, whoActsFor } from '@zhengling/directory';
import {
  ACTION_ZH,
  AUTHORITY_ZH,
  checkAgendaItem,
  type DecisionFacts,
  type DistrictId,
  evaluateMajorDecision,
  MD_STEP_ZH,
  type MatterId,
  type MD_STEPS,
  type MeetingId,
  parseYuan,
  route,
  RuleEngineError,
} from '@zhengling/rules-core';

export interface AgendaQuestion {
  meetingKind: MeetingId;
  meetingDate: string;
  leadDepartmentId: string;
  coDepartmentIds: string[];
  /** the matter, for routing (rules-spec §1.6) */
  matter?: MatterId;
  amountYuan?: string;
  /** departments whose consultation opinion is signed by their principal head */
  signedOpinionDepartmentIds: string[];
  reviewedByLeader: boolean;
  fixedByHead: boolean;
  consensus: boolean;
  disagreementsStated: boolean;
  preferredOption?: string;
  majorDecision?: { facts: DecisionFacts; done: (typeof MD_STEPS)[number][] };
}

type Silent = { silent: { code: string; message: string; pointers: readonly unknown[] } };

/** A rules-core answer as plain JSON (amounts are bigints inside the engine), or what the rulebook does not say. */
function ask<T>(question: () => T): T | Silent {
  try {
    return JSON.parse(JSON.stringify(question(), (_k, v) => (typeof v === 'bigint' ? v.toString() : v))) as T;
  } catch (error) {
    if (error instanceof RuleEngineError)
      return { silent: { code: error.code, message: error.messageZh, pointers: error.pointers } };
    throw error;
  }
}

export async function checkAgenda(db: DbOrTx, district: DistrictId, q: AgendaQuestion) {
  const routing = q.matter
    ? ask(() => {
        const r = route({
          district,
          matter: q.matter!,
          ...(q.amountYuan ? { amountFen: parseYuan(q.amountYuan) } : {}),
          asOf: q.meetingDate,
        });
        const heardBy = r.steps.flatMap((s) => [s.authority, ...(s.via ?? [])]);
        return {
          decidedBy: AUTHORITY_ZH[r.decidedBy],
          steps: r.steps.map((s) => ({
            text: `${AUTHORITY_ZH[s.authority]}${ACTION_ZH[s.action]}${s.via ? `（${s.via.map((m) => AUTHORITY_ZH[m]).join('或')}）` : ''}`,
          })),
          /** whether the meeting asked about is one the route names */
          thisMeetingHearsIt: heardBy.includes(q.meetingKind),
          citations: r.citations,
          notes: r.notes,
        };
      })
    : null;
  const agenda = ask(() =>
    checkAgendaItem(
      district,
      q.meetingKind,
      {
        departments: [q.leadDepartmentId, ...q.coDepartmentIds],
        signedOpinions: q.signedOpinionDepartmentIds,
        reviewedByLeader: q.reviewedByLeader,
        fixedByHead: q.fixedByHead,
        consensus: q.consensus,
        disagreementsStated: q.disagreementsStated,
        ...(q.preferredOption ? { preferredOption: q.preferredOption } : {}),
      },
      q.meetingDate,
    ),
  );
  const majorDecision = q.majorDecision
    ? ask(() => {
        const e = evaluateMajorDecision(district, q.majorDecision!.facts, q.majorDecision!.done, q.meetingDate);
        return { ...e, missing: e.missing.map((m) => ({ ...m, stepName: MD_STEP_ZH[m.step] })) };
      })
    : null;
  const inCharge = await leaderInChargeOf(db, { departmentId: q.leadDepartmentId }, q.meetingDate);
  let leader: {
    name: string;
    basis: string;
    absent: boolean;
    actingName: string | null;
    actingBasis: string | null;
    citations: unknown[];
  } | null = null;
  if (inCharge) {
    const acting = await whoActsFor(db, inCharge.leader.id, q.meetingDate);
    const actor = acting.actingFor?.actor
      ? await db.leader.findUnique({ where: { id: acting.actingFor.actor }, select: { name: true } })
      : null;
    leader = {
      name: inCharge.leader.name,
      basis: inCharge.basis,
      absent: acting.absent,
      actingName: actor?.name ?? null,
      actingBasis: acting.actingFor?.basis ?? null,
      citations: acting.absent ? acting.citations : [],
    };
  }
  return { routing, agenda, majorDecision, leader };
}
