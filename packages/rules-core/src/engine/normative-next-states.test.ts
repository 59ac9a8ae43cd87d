// What a normative document may do next, as the registry shows it: each move with what it still lacks and the rule
// that asks for it, and the silence of a rulebook where the other one provides the step.
import { describe, expect, it } from 'vitest';
import { nextStates } from './normative-document';

describe('the next steps of a normative document', () => {
  it('Shapingba: a district government document under legality review may not go to the executive meeting before the justice bureau has reviewed it (art.19 ¶2)', () => {
    const [meeting] = nextStates('shapingba', 'government-normative-document', 'legality-review', {});
    expect(meeting).toMatchObject({ to: 'meeting-deliberation', allowed: false });
    if (meeting!.silent) throw new Error('expected an answer');
    expect(meeting!.missing.map((m) => m.code)).toEqual(['LEGALITY_REVIEW_MISSING']);
    expect(meeting!.missing[0]!.citation).toMatchObject({ instrument: '沙府发〔2022〕3号' });
    expect(meeting!.missing[0]!.citation.location).toContain('第十九条');
  });

  it('Shapingba: prohibited content found at review stops a department document from being published (art.20 ¶2)', () => {
    const [published] = nextStates('shapingba', 'department-normative-document', 'legality-review', { legalityReviewDone: true, prohibitedContentFound: true });
    if (!published || published.silent) throw new Error('expected an answer');
    expect(published.to).toBe('published');
    expect(published.missing.map((m) => m.code)).toEqual(['PROHIBITED_CONTENT']);
  });

  it('Kaizhou: a document in force has no cleanup or evaluation step in its rulebook, and says so rather than borrowing Shapingba’s', () => {
    const next = nextStates('kaizhou', 'government-normative-document', 'in-force', {});
    expect(next.map((n) => n.to).sort()).toEqual(['cleanup', 'evaluation']);
    for (const n of next) {
      expect(n.silent?.message).toContain('开州区规则未规定');
      expect(n.silent?.pointers[0]).toMatchObject({ instrument: '开州府发〔2021〕7号', location: '十八' });
    }
  });

  it('Kaizhou: drafting goes to public comment first; the legality review Shapingba goes to straight from drafting is not offered', () => {
    expect(nextStates('kaizhou', 'government-normative-document', 'drafting', {}).map((n) => n.to)).toEqual(['public-comment']);
    const [meeting] = nextStates('kaizhou', 'government-normative-document', 'completeness-review', { legalityReviewDone: true, completenessReviewDone: true });
    if (!meeting || meeting.silent) throw new Error('expected an answer');
    expect(meeting.missing.map((m) => [m.code, m.rule])).toEqual([['PUBLIC_COMMENT_MISSING', 'KZ-ND-before-meeting']]);
  });
});
