// The domain core: one error enum with Chinese messages, the actor of every change, and no transport.
import { join } from 'node:path';
import { RuleEngineError } from '@zhengling/rules-core';
import { packagesReachableFrom } from '@zhengling/testing';
import { describe, expect, test } from 'vitest';
import { actorOf, APP_ERRORS, AppError, fromRuleError, userActorOf } from './index';

describe('application errors', () => {
  test('every code has a Chinese message and an English one', () => {
    for (const [code, { zh, en }] of Object.entries(APP_ERRORS)) {
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(en.trim(), code).not.toBe('');
    }
  });
  test('an error carries its stable code and its Chinese message with the detail', () => {
    const e = new AppError('NOT_FOUND', '（任务）', { id: 'x' });
    expect(e).toBeInstanceOf(Error);
    expect(e).toMatchObject({
      appCode: 'NOT_FOUND',
      messageZh: '未找到该条目。（任务）',
      details: { id: 'x' },
    });
  });
  test.each([
    ['RULEBOOK_SILENT', 'RULEBOOK_SILENT'],
    ['TRANSITION_NOT_ALLOWED', 'RULE_VIOLATION'],
    ['RULE_VIOLATION', 'RULE_VIOLATION'],
    ['INVALID_DATE', 'INVALID_INPUT'],
  ] as const)('a rules-core %s becomes %s with the engine’s Chinese message', (ruleCode, appCode) => {
    const e = fromRuleError(new RuleEngineError(ruleCode, '（细节）'));
    expect(e.appCode).toBe(appCode);
    expect(e.messageZh).toContain('（细节）');
    expect(e.details).toMatchObject({ ruleCode });
  });
});

describe('the actor', () => {
  test('a signed-in request acts as its user; an anonymous one is named so', () => {
    const ctx = { user: { id: 'u1', username: 'duchaban' }, requestId: 'r1', app: 'supervision' as const };
    expect(actorOf(ctx)).toEqual({
      kind: 'user',
      userId: 'u1',
      label: 'duchaban',
      requestId: 'r1',
      app: 'supervision',
    });
    expect(userActorOf(ctx)).toEqual(actorOf(ctx));
    expect(actorOf({ ...ctx, user: null })).toMatchObject({ kind: 'system', label: 'anonymous' });
  });
});

test('the core imports neither tRPC nor Fastify', async () => {
  const packages = await packagesReachableFrom(join(import.meta.dirname, 'index.ts'));
  for (const web of ['fastify', '@trpc/server', '@fastify/cookie']) expect(packages, web).not.toContain(web);
});
