// Sign-in throttling (rate-limiter-flexible on Redis). Each attempt CONSUMES its points before the password is
// checked, atomically in Redis, so a burst — batched or concurrent — gets no more checks than the limit allows.
// Throttle, don't lock out: consecutive failures are counted per account AND address (someone else's guesses from
// elsewhere never lock the real user out), and the volume of attempts per address. A success resets its account and
// address. A refusal says when to try again (Retry-After).
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '@zhengling/core';

export interface LoginLimits {
  /** consecutive failed attempts of one account from one address */
  perAccountAddress: { points: number; durationSeconds: number };
  /** attempts of any account from one address */
  perAddress: { points: number; durationSeconds: number };
}
export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccountAddress: { points: 5, durationSeconds: 15 * 60 },
  perAddress: { points: 50, durationSeconds: 15 * 60 },
};

/** Why an attempt was refused, for the audit trail. */
export type Refusal = { scope: 'account-address' | 'address'; retryAfterSeconds: number };

/**
 * Take one point of `key` from the limiter: null when taken, else the seconds to wait before the budget allows another
 * (at least 1). A failure of Redis itself is thrown, never taken for a refusal. Sign-in and the portal's public forms
 * both throttle through here.
 */
export async function takeOrWait(limiter: RateLimiterRedis, key: string): Promise<number | null> {
  try {
    await limiter.consume(key, 1);
    return null;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  }
}

export class LoginLimiter {
  private readonly byAccountAddress: RateLimiterRedis;
  private readonly byAddress: RateLimiterRedis;

  constructor(redis: Redis, limits: LoginLimits = DEFAULT_LOGIN_LIMITS, prefix = 'zl-login') {
    this.byAccountAddress = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}-account-address`,
      points: limits.perAccountAddress.points,
      duration: limits.perAccountAddress.durationSeconds,
    });
    this.byAddress = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}-address`,
      points: limits.perAddress.points,
      duration: limits.perAddress.durationSeconds,
    });
  }

  private static key(account: string, ip: string) {
    return `${account.toLowerCase()}|${ip}`;
  }

  /**
   * Take one attempt of the account from the address, before its password is checked. Throws RATE_LIMITED (with
   * retryAfterSeconds) when either budget is spent; `onRefused` is told why first, so the refusal can be audited.
   */
  async consume(account: string, ip: string, onRefused?: (r: Refusal) => Promise<void>): Promise<void> {
    const attempts: [RateLimiterRedis, string, Refusal['scope']][] = [
      [this.byAddress, ip, 'address'],
      [this.byAccountAddress, LoginLimiter.key(account, ip), 'account-address'],
    ];
    for (const [limiter, key, scope] of attempts) {
      const retryAfterSeconds = await takeOrWait(limiter, key);
      if (retryAfterSeconds === null) continue;
      await onRefused?.({ scope, retryAfterSeconds });
      throw new AppError('RATE_LIMITED', `（请在${retryAfterSeconds}秒后再试）`, { retryAfterSeconds });
    }
  }

  /** A correct password: the account's consecutive failures from this address start again from zero. */
  async succeeded(account: string, ip: string): Promise<void> {
    await this.byAccountAddress.delete(LoginLimiter.key(account, ip));
  }
}
