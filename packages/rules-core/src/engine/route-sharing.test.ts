// A KZ money answer is computed once per band, flags and date, and shared: it must equal the answer computed afresh
// for every amount in the band, and no caller can change the shared answer.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { MONEY_MATTERS } from '../model/ids';
import { route, routeUncached, type RouteRequest } from './route';

const requestArb = fc.record({
  matter: fc.constantFrom(...MONEY_MATTERS),
  amountFen: fc.bigInt({ min: 0n, max: 10n ** 12n }),
  contractAmountFen: fc.bigInt({ min: 0n, max: 10n ** 10n }),
  urgent: fc.boolean(),
  formalExternalAgreement: fc.boolean(),
  mutualGuarantee: fc.boolean(),
  asOf: fc.option(fc.constantFrom('2021-03-31', '2021-04-01', '2026-06-30'), { nil: undefined }),
});

test('a shared answer equals the answer computed afresh, for any amount, flags and date', () => {
  fc.assert(
    fc.property(requestArb, (r) => {
      const req: RouteRequest = { district: 'kaizhou', ...r };
      const attempt = (f: () => unknown) => {
        try {
          return f();
        } catch (e) {
          return { error: (e as { code: string }).code };
        }
      };
      expect(attempt(() => route(req))).toEqual(attempt(() => routeUncached(req)));
    }),
    { numRuns: 2000 },
  );
});

test('a shared answer is frozen: one caller cannot change what the next one reads', () => {
  const answer = route({ district: 'kaizhou', matter: 'soe-investment', amountFen: 100n });
  expect(Object.isFrozen(answer)).toBe(true);
  expect(Object.isFrozen(answer.steps)).toBe(true);
  expect(() => (answer.steps as unknown[]).push({})).toThrow();
  expect(route({ district: 'kaizhou', matter: 'soe-investment', amountFen: 200n }).steps).toHaveLength(1);
});
