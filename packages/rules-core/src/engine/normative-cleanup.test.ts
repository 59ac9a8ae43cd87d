// The outcome of a cleanup, as each rulebook gives it (SPB art.20 ¶3; KZ silent), and the meeting that approves the
// result list (SPB art.19 ¶2, 39(7); KZ 十八第二段, 二十一).
import { describe, expect, it } from 'vitest';
import { RuleEngineError } from '../model/errors';
import { findInterpretation } from '../interpretations';
import { cleanupApprovalMeeting, cleanupOutcome } from './normative-cleanup';

const silence = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    if (error instanceof RuleEngineError && error.code === 'RULEBOOK_SILENT') return error;
    throw error;
  }
  throw new Error('expected the rulebook to be silent');
};

describe('the outcome of a cleanup in Shapingba (art.20 ¶3)', () => {
  it('a department document the justice bureau found in conflict with higher law is revoked by the district government: 废止', () => {
    const answer = cleanupOutcome('shapingba', 'department-normative-document', 'repeal', { cleanupGroundFound: true });
    expect(answer).toMatchObject({ allowed: true, moves: ['cleanup', 'revoked'], validity: 'repealed' });
    expect(answer.citations.map((c) => c.location)).toContain('第二十条第三款');
    expect(answer.citations.some((c) => c.quote?.includes('由区政府予以撤销'))).toBe(true);
  });

  it('without such a ground found, neither correction nor revocation may be decided', () => {
    for (const outcome of ['repeal', 'amend'] as const) {
      const answer = cleanupOutcome('shapingba', 'department-normative-document', outcome, {});
      expect(answer.allowed).toBe(false);
      expect(answer.missing.map((m) => [m.code, m.rule])).toEqual([['NO_GROUND', 'SPB-ND-cleanup-outcomes']]);
    }
  });

  it('amending a department document is the order to correct it; it stays valid until the amendment is published', () => {
    const answer = cleanupOutcome('shapingba', 'joint-department-normative-document', 'amend', { cleanupGroundFound: true });
    expect(answer).toMatchObject({ allowed: true, moves: ['cleanup', 'correction-ordered'], validity: 'in_force' });
  });

  it('any document may continue in force, ground or none', () => {
    const answer = cleanupOutcome('shapingba', 'government-normative-document', 'continue', {});
    expect(answer).toMatchObject({ allowed: true, moves: ['cleanup', 'kept'], validity: 'in_force' });
  });

  it('the rulebook gives no outcome but continuing for a government document, and no declaration of invalidity at all: it says so', () => {
    expect(silence(() => cleanupOutcome('shapingba', 'government-normative-document', 'repeal', { cleanupGroundFound: true })).messageZh).toContain('区政府规范性文件的清理结果未作规定');
    expect(silence(() => cleanupOutcome('shapingba', 'department-normative-document', 'declare-invalid', {})).messageZh).toContain('宣布失效');
  });

  it('labels its reading of which outcome is which', () => {
    expect(cleanupOutcome('shapingba', 'department-normative-document', 'repeal', { cleanupGroundFound: true }).interpretations).toContain('I-ND-cleanup-outcomes');
    expect(findInterpretation('I-ND-cleanup-outcomes')?.reading).toContain('责令制定部门纠正');
  });
});

describe('the outcome of a cleanup in Kaizhou', () => {
  it('is not in its rulebook, for any outcome, and the engine never borrows Shapingba’s', () => {
    for (const outcome of ['continue', 'amend', 'repeal', 'declare-invalid'] as const) {
      const error = silence(() => cleanupOutcome('kaizhou', 'department-normative-document', outcome, { cleanupGroundFound: true }));
      expect(error.messageZh).toContain('开州区规则未规定');
      expect(error.pointers[0]).toMatchObject({ instrument: '开州府发〔2021〕7号' });
    }
  });
});

describe('the meeting that approves a cleanup’s results (reading I-ND-cleanup-meeting)', () => {
  it('Shapingba: the executive meeting, which deliberates normative documents (art.19 ¶2, 39(7))', () => {
    const answer = cleanupApprovalMeeting('shapingba');
    expect(answer.meetings).toEqual(['executive-meeting']);
    expect(answer.citations.map((c) => c.location)).toEqual(['第十九条第二款', '第三十九条第（七）项']);
  });

  it('Kaizhou: the plenary or the executive meeting (十八第二段, 二十一)', () => {
    const answer = cleanupApprovalMeeting('kaizhou');
    expect(answer.meetings).toEqual(['plenary-meeting', 'executive-meeting']);
    expect(answer.interpretations).toEqual(['I-ND-cleanup-meeting']);
  });

  it('rejects a thing that is not an outcome', () => {
    expect(() => cleanupOutcome('shapingba', 'department-normative-document', 'burn' as never, {})).toThrow(RuleEngineError);
  });
});
