// Never a silent wrong answer: what every command and library entry point does with a request it does not fully
// understand (issue: a misspelt flag silently dropped a required step with ok:true).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { actingFor, checkLeave } from '../engine/ab-roles';
import { checkChair } from '../engine/chair';
import { disclosureDuty } from '../engine/disclosure';
import { evaluateMajorDecision } from '../engine/major-decision';
import { checkAgendaItem } from '../engine/meeting';
import { checkTransition } from '../engine/normative-document';
import { route } from '../engine/route';
import { signoff } from '../engine/signoff';
import { type RuleEngineError } from '../model/errors';
import { COMMANDS, type CommandName } from './commands';
import { type Failure, respond, respondToLine } from './respond';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as RuleEngineError).code;
  }
  return 'NO_ERROR';
};
const failure = (command: CommandName, request: unknown) => {
  const r = respond(COMMANDS[command], request);
  expect(r.ok, JSON.stringify(r)).toBe(false);
  return (r as Failure).error;
};

/** One valid request per command (and per ask), each answered ok:true as it stands. */
const VALID: [CommandName, Record<string, unknown>][] = [
  ['route', { district: 'kaizhou', matter: 'soe-investment', amountYuan: '1' }],
  ['signoff', { district: 'shapingba', kind: 'government-document', portfolios: ['d1', 'd2'] }],
  ['meeting', { district: 'shapingba', meeting: 'executive-meeting', ask: 'profile' }],
  ['meeting', { district: 'shapingba', meeting: 'topic-meeting', ask: 'chair-check', chair: 'deputy-head' }],
  ['explain', { ruleId: 'R-MNY-2' }],
  ['ab-role', { district: 'shapingba', ask: 'acting', leader: 'd1', date: '2026-05-06' }],
  ['ab-role', { district: 'kaizhou', ask: 'district-head-away', reason: 'business-trip' }],
  ['lifecycle', { district: 'shapingba', ask: 'states', subtype: 'government-normative-document' }],
  ['major-decision', { district: 'kaizhou', decision: {}, done: [] }],
  ['calendar', { ask: 'add-working-days', start: '2026-02-13', n: 10 }],
  ['disclosure', { district: 'kaizhou', ask: 'duty', item: { kind: 'executive-decision' } }],
];

describe('an unknown or misspelt field is refused, never dropped', () => {
  test.each(VALID)('%s %j is answered as it stands', (command, request) => {
    expect(respond(COMMANDS[command], request).ok).toBe(true);
  });

  test.each(VALID)('%s %j with one misspelt field more is INVALID_REQUEST naming it', (command, request) => {
    const error = failure(command, { ...request, formalExternalAgreemnt: true });
    expect(error.code).toBe('INVALID_REQUEST');
    expect(error.message).toContain('formalExternalAgreemnt');
  });

  test('KZ §22 ¶1: a misspelt formalExternalAgreement no longer drops the executive meeting’s study', () => {
    const error = failure('route', {
      district: 'kaizhou',
      matter: 'soe-investment',
      amountYuan: '3000000',
      formalExternalAgreemnt: true,
    });
    expect(error).toMatchObject({ code: 'INVALID_REQUEST' });
    expect(error.message).toContain('未知字段');
  });

  test('SPB art.48(2): a misspelt funds flag on a two-deputy document no longer loses the executive deputy head', () => {
    const error = failure('signoff', {
      district: 'shapingba',
      kind: 'government-document',
      portfolios: ['deputy-wang', 'deputy-li'],
      involvesFund: true,
    });
    expect(error.code).toBe('INVALID_REQUEST');
    expect(error.message).toContain('involvesFund');
  });

  test('a misspelt field inside a nested object is named with its path', () => {
    const error = failure('major-decision', { district: 'kaizhou', decision: { urgnt: true } });
    expect(error.code).toBe('INVALID_REQUEST');
    expect(error.message).toContain('decision');
    expect(error.message).toContain('urgnt');
  });

  const spread = <T>(valid: T, extra: Record<string, unknown>) => ({ ...valid, ...extra }) as T;
  test.each<[string, () => unknown]>([
    [
      'route',
      () =>
        route(
          spread(
            { district: 'kaizhou' as const, matter: 'soe-investment' as const, amountFen: 100n },
            { formalExternalAgreemnt: true },
          ),
        ),
    ],
    [
      'signoff',
      () =>
        signoff(
          spread(
            { district: 'shapingba' as const, kind: 'government-document' as const, portfolios: ['a', 'b'] },
            { involvesFund: true },
          ),
        ),
    ],
    [
      'actingFor',
      () =>
        actingFor(
          spread({ district: 'shapingba' as const, pairs: [], leaves: [] }, { leave: [] }),
          'd1',
          '2026-01-05',
        ),
    ],
    [
      'checkLeave',
      () =>
        checkLeave(
          { district: 'shapingba', pairs: [], leaves: [] },
          spread(
            { leader: 'd1', from: '2026-01-05', to: '2026-01-06', reason: 'vacation' as const },
            { too: 1 },
          ),
        ),
    ],
    [
      'checkTransition',
      () =>
        checkTransition(
          'kaizhou',
          'government-normative-document',
          'completeness-review',
          'meeting-deliberation',
          {
            publicCommentDon: true,
          } as never,
        ),
    ],
    ['evaluateMajorDecision', () => evaluateMajorDecision('kaizhou', { urgnt: true } as never, [])],
    [
      'checkAgendaItem',
      () =>
        checkAgendaItem('shapingba', 'executive-meeting', { departments: ['a'], consensu: true } as never),
    ],
    [
      'checkChair',
      () => checkChair('shapingba', 'topic-meeting', { chair: 'deputy-head', delegatedby: 'x' } as never),
    ],
    [
      'disclosureDuty',
      () => disclosureDuty('kaizhou', { kind: 'executive-decision', confidental: true } as never),
    ],
  ])('the library entry point %s refuses a misspelt field too', (_name, call) => {
    expect(codeOf(call)).toBe('INVALID_REQUEST');
  });

  test('a library call with no district, or another, never falls back to Kaizhou', () => {
    expect(codeOf(() => route({ matter: 'soe-investment', amountFen: 1n } as never))).toBe(
      'UNKNOWN_DISTRICT',
    );
    expect(codeOf(() => signoff({ district: 'Kaizhou', kind: 'government-document' } as never))).toBe(
      'UNKNOWN_DISTRICT',
    );
    expect(
      codeOf(() => actingFor({ district: 'x', pairs: [], leaves: [] } as never, 'd1', '2026-01-05')),
    ).toBe('UNKNOWN_DISTRICT');
    expect(codeOf(() => evaluateMajorDecision(undefined as never, {}, []))).toBe('UNKNOWN_DISTRICT');
  });
});

describe('an amount is judged by its text as written', () => {
  const routeLine = (amount: string) =>
    respondToLine(COMMANDS.route, `{"district":"kaizhou","matter":"soe-investment","amountYuan":${amount}}`);

  test('4999999.9999999999 written as a number has more than two decimals: INVALID_AMOUNT, not the next band', () => {
    expect(routeLine('4999999.9999999999')).toMatchObject({ ok: false, error: { code: 'INVALID_AMOUNT' } });
    expect(routeLine('"4999999.9999999999"')).toMatchObject({ ok: false, error: { code: 'INVALID_AMOUNT' } });
  });

  test('an amount whose field name is spelt with a \\u escape is still read as written', () => {
    const line = '{"district":"kaizhou","matter":"soe-investment","amount\\u0059uan":4999999.9999999999}';
    expect(respondToLine(COMMANDS.route, line)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_AMOUNT' },
    });
  });

  test('an amount far beyond a double’s precision is read exactly', () => {
    // 12345678901234567.89 yuan: a double would round it to …568
    const r = routeLine('12345678901234567.89');
    expect(r).toMatchObject({ ok: true, band: { table: 'soe-investment' } });
    expect(routeLine('12345678901234567.891')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_AMOUNT' },
    });
  });

  test.each([
    ['-0', true],
    ['-0.00', true],
    ['1e7', true],
    ['1.5e-1', true],
    ['1.234e1', true],
    ['1.2345e1', false],
    ['1e-400', false],
    ['1e400', false],
    ['-1', false],
    ['3999999.99', true],
    ['3999999.995', false],
  ])('the number %s and the string "%s" get the same answer', (text, ok) => {
    const asNumber = routeLine(text);
    const asString = routeLine(JSON.stringify(text));
    expect(asNumber.ok).toBe(ok);
    expect(asNumber).toEqual(asString);
  });

  test('for any decimal with up to two places, the number and the string give the same answer', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 0, max: 2 }), (fen, places) => {
        const s = fen.toString().padStart(places + 1, '0');
        const text = places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
        expect(routeLine(text)).toEqual(routeLine(JSON.stringify(text)));
      }),
      { numRuns: 300 },
    );
  });

  test('an amount string has a length limit', () => {
    const long = `"${'1'.repeat(41)}"`;
    expect(routeLine(long)).toMatchObject({ ok: false, error: { code: 'INVALID_AMOUNT' } });
    expect(routeLine(`"${'1'.repeat(40)}"`).ok).toBe(true);
  });
});

describe('every date is a real calendar date', () => {
  test.each(['2025-02-30', '2025-13-45', '2026-00-10', '0000-00-00', '2025-2-3', '2025/02/03'])(
    '%s is INVALID_DATE wherever a date is taken',
    (date) => {
      const requests: [CommandName, Record<string, unknown>][] = [
        ['route', { district: 'kaizhou', matter: 'soe-investment', amountYuan: '1', asOf: date }],
        ['signoff', { district: 'kaizhou', kind: 'executive-minutes', asOf: date }],
        ['ab-role', { district: 'shapingba', ask: 'acting', leader: 'd1', date }],
        [
          'ab-role',
          {
            district: 'shapingba',
            ask: 'leave-check',
            request: { leader: 'd1', from: date, to: '2026-01-01', reason: 'vacation' },
          },
        ],
        ['lifecycle', { district: 'shapingba', ask: 'cleanup-due', lastCleanupOn: date }],
        ['calendar', { ask: 'add-working-days', start: date, n: 1 }],
        ['major-decision', { district: 'kaizhou', asOf: date }],
        [
          'disclosure',
          { district: 'kaizhou', ask: 'duty', item: { kind: 'executive-decision' }, asOf: date },
        ],
      ];
      for (const [command, request] of requests) {
        expect(failure(command, request).code, `${command} ${JSON.stringify(request)}`).toBe('INVALID_DATE');
      }
    },
  );

  test('a library call checks asOf too', () => {
    expect(
      codeOf(() =>
        route({ district: 'kaizhou', matter: 'soe-investment', amountFen: 1n, asOf: '2025-02-30' }),
      ),
    ).toBe('INVALID_DATE');
  });
});

describe('bad input is never echoed back in full', () => {
  test('a 10 MB name comes back as at most a short prefix', () => {
    const huge = 'x'.repeat(10_000_000);
    for (const line of [
      JSON.stringify({ district: huge, matter: 'soe-investment', amountYuan: '1' }),
      JSON.stringify({ district: 'kaizhou', matter: huge, amountYuan: '1' }),
      JSON.stringify({ district: 'kaizhou', matter: 'soe-investment', amountYuan: huge }),
      JSON.stringify({ district: 'kaizhou', matter: 'soe-investment', amountYuan: '1', [huge]: true }),
    ]) {
      const out = JSON.stringify(respondToLine(COMMANDS.route, line));
      expect(out.length).toBeLessThan(600);
      expect(JSON.parse(out).ok).toBe(false);
    }
    const leader = JSON.stringify({ district: 'shapingba', ask: 'acting', leader: huge, date: '2026-01-05' });
    expect(JSON.stringify(respondToLine(COMMANDS['ab-role'], leader)).length).toBeLessThan(600);
  });

  test('a blank line gets its own INVALID_REQUEST answer, so outputs zip with inputs', () => {
    for (const line of ['', '   ', '\t']) {
      expect(respondToLine(COMMANDS.route, line)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_REQUEST' },
      });
    }
  });
});

describe('validation speaks Chinese', () => {
  test.each<[CommandName, Record<string, unknown>]>([
    ['route', { district: 'kaizhou', matter: 'soe-investment', amountYuan: '1', urgent: 'yes' }],
    ['meeting', { district: 'shapingba', meeting: 'topic-meeting', ask: 'chair-check', chair: 'bureau' }],
    ['calendar', { ask: 'add-working-days', start: '2026-01-05', n: 1.5 }],
    ['ab-role', { district: 'shapingba', ask: 'nonsense' }],
  ])('%s %j is refused in Chinese, with no English text from the validation library', (command, request) => {
    const { message } = failure(command, request);
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).not.toMatch(/Invalid|Expected|expected|received|Unrecognized/);
  });
});
