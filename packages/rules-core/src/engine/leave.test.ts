import { expect, test } from 'vitest';
import { leaveApprovalChain } from './ab-roles';

test('SPB art.52: a deputy’s leave needs the district head’s consent, the party secretary’s approval, and filing', () => {
  const c = leaveApprovalChain('shapingba', { leaderIsDistrictHead: false });
  expect(c.steps.map((s) => s.step)).toEqual(['principal-consent', 'party-secretary-approval', 'filing']);
  expect(c.citations[0]).toMatchObject({ instrument: '沙府发〔2022〕3号', location: '第五十二条' });
});

test('SPB art.52: for the district head himself, nobody is invented to give the principal consent (A-37)', () => {
  expect(leaveApprovalChain('shapingba', { leaderIsDistrictHead: true }).steps.map((s) => s.step)).toEqual([
    'party-secretary-approval',
    'filing',
  ]);
});

test('KZ 四十七: approval and away-report are required, their details being external', () => {
  const c = leaveApprovalChain('kaizhou', { leaderIsDistrictHead: false });
  expect(c.steps.every((s) => s.external)).toBe(true);
  expect(c.citations[0]).toMatchObject({ location: '四十七' });
});
