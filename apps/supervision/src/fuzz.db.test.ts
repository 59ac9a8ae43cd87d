// Malformed input never breaks the server: over every procedure of the supervision API, at least 10,000 generated
// inputs — valid samples with one field made hostile (NUL characters, impossible dates, huge strings, unknown ids,
// wrong types), and random JSON — answer without a single 500, and every refusal carries a stable code and a Chinese
// message.
import fc from 'fast-check';
import { startTestServer, type TestServer } from './testing/server';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { appRouter } from './router';

let env: TestServer;
let server: TestServer['server'];
let signIn: TestServer['signIn'];

beforeAll(async () => {
  env = await startTestServer();
  ({ server, signIn } = env);
});
afterAll(async () => {
  await env?.close();
});

/** A valid input per procedure: the fuzzer breaks one field at a time. */
const SAMPLES: Record<string, unknown> = {
  'auth.signIn': { username: 'jiaowei-staff', password: 'not the password' },
  'auth.changePassword': { currentPassword: 'not the password', newPassword: 'a new long password' },
  'audit.list': { action: 'x', from: '2026-01-01', to: '2026-12-31', cursor: '10', limit: 10 },
  'audit.forEntity': { entityType: 'deadline', entityId: 'x' },
  'directory.leaderInCharge': { departmentId: 'x', date: '2026-03-02' },
  'directory.actingFor': { leaderId: 'x', date: '2026-03-02' },
  'directory.createAbPair': {
    leaderAId: 'a',
    leaderBId: 'b',
    validFrom: '2026-03-02',
    validTo: '2026-12-31',
  },
  'directory.requestLeave': {
    leaderId: 'x',
    fromDate: '2026-03-02',
    toDate: '2026-03-04',
    reason: 'business_trip',
    destination: '北京',
  },
  'directory.recordLeaveApproval': { leaveId: 'x', step: 'approval', decision: 'approve', givenBy: '区长' },
  'directory.withdrawLeave': { leaveId: 'x', reason: '行程取消' },
  'directory.endAbPair': { id: 'x', validTo: '2026-06-30' },
  'directory.designateStandIn': {
    absentLeaderId: 'a',
    actorLeaderId: 'b',
    fromDate: '2026-03-02',
    toDate: '2026-03-06',
    basis: '区长决定',
  },
  'directory.withdrawStandInDesignation': { id: 'x' },
  'inbox.list': { unreadOnly: true },
  'inbox.markRead': { id: 'x' },
  'inbox.setDigest': { enabled: true },
  'deadlines.get': { id: 'x' },
  'deadlines.overdue': { since: '2026-01-01' },
  'deadlines.storeCalendarYear': {
    year: 2027,
    source: { title: '国务院办公厅关于2027年部分节假日安排的通知', issuer: '国务院办公厅' },
    holidays: { '2027-01-01': '元旦' },
    makeUpWorkdays: {},
  },
  'deadlines.policy': { kind: 'test' },
  'deadlines.failedDeliveries': { take: 10 },
  'deadlines.setPolicy': {
    kind: 'fuzz',
    policy: { stages: [{ stage: 'due-day', offsetWorkingDays: 0, to: 'assignee', channels: ['inbox'] }] },
  },
};
/** Procedures not fuzzed: signing out would end the fuzzer's own session (it is called once, at the end). */
const SKIP = new Set(['auth.signOut']);

const hostile = fc.oneof(
  fc.constantFrom(
    'a\u0000b',
    '\u0000',
    '2026-13-01',
    '0000-00-00',
    '-000001-01-01',
    '2026-02-30',
    '9999-12-31',
    '',
    ' ',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '../../etc/passwd',
    '𠀀𠀀𠀀',
    'x'.repeat(100_000),
    '9'.repeat(400),
    'clnotarealidatall0000000000',
  ),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, false, -1, 0, 1e308, Number.MAX_SAFE_INTEGER + 2),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** A sample with one field (possibly nested) replaced by a hostile value, or random JSON in its place. */
const inputFor = (sample: unknown) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.nat(), hostile).map(([i, value]) => breakOne(sample, i, value)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: hostile },
  );

function breakOne(sample: unknown, index: number, value: unknown): unknown {
  if (sample === null || typeof sample !== 'object') return value;
  const entries = Object.entries(sample as Record<string, unknown>);
  if (entries.length === 0) return value;
  const [key, inner] = entries[index % entries.length]!;
  const broken =
    inner !== null && typeof inner === 'object' && index % 2 === 1
      ? breakOne(inner, index >> 1, value)
      : value;
  return { ...(sample as Record<string, unknown>), [key]: broken };
}

const CJK = /[\u4e00-\u9fff]/;

test('10,000 malformed inputs over every procedure: no 500, every refusal with a code and a Chinese message', async () => {
  const procedures = Object.entries(
    (appRouter._def as unknown as { procedures: Record<string, { _def: { type: string } }> }).procedures,
  ).filter(([path]) => !SKIP.has(path));
  expect(procedures.length).toBeGreaterThanOrEqual(17);
  const admin = await signIn('admin');
  const staff = await signIn('jiaowei-staff');
  const runsEach = Math.ceil(10_000 / procedures.length);
  let calls = 0;
  const failures: string[] = [];
  for (const [path, proc] of procedures) {
    await fc.assert(
      fc.asyncProperty(
        inputFor(SAMPLES[path] ?? {}),
        fc.boolean(),
        fc.nat(255),
        async (input, asAdmin, octet) => {
          const who = asAdmin ? admin : staff;
          const headers = { cookie: who.cookie, 'x-csrf-token': who.csrf };
          const remoteAddress = `10.9.${octet}.${calls % 250}`;
          const res =
            proc._def.type === 'mutation'
              ? await server.inject({
                  method: 'POST',
                  url: `/trpc/${path}`,
                  payload: JSON.stringify(input) ?? 'null',
                  headers: { ...headers, 'content-type': 'application/json' },
                  remoteAddress,
                })
              : await server.inject({
                  method: 'GET',
                  url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input) ?? '')}`,
                  headers,
                  remoteAddress,
                });
          calls++;
          if (res.statusCode >= 500)
            failures.push(
              `${path} ${res.statusCode} ${JSON.stringify(input)?.slice(0, 200)} → ${res.body.slice(0, 300)}`,
            );
          if (res.statusCode >= 400) {
            const body = JSON.parse(res.body) as {
              error: { code?: string; message?: string; data?: { appCode?: string; messageZh?: string } };
            };
            const code = body.error.data?.appCode ?? body.error.code;
            const message = body.error.data?.messageZh ?? body.error.message ?? '';
            if (typeof code !== 'string' || !CJK.test(message))
              failures.push(
                `${path} ${res.statusCode} without a code or a Chinese message: ${res.body.slice(0, 300)}`,
              );
          }
        },
      ),
      { numRuns: runsEach, seed: 20261123 },
    );
  }
  expect(calls).toBeGreaterThanOrEqual(10_000);
  expect(failures.slice(0, 20)).toEqual([]);
  // and signing out, with whatever it is given
  const out = await server.inject({
    method: 'POST',
    url: '/trpc/auth.signOut',
    payload: '"x\\u0000"',
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
  });
  expect(out.statusCode).toBeLessThan(500);
}, 300_000);
