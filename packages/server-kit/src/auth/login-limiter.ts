// Login rate limit (rate-limiter-flexible on Redis): failures are counted per username and per IP; a success resets
// the username's count. Blocked attempts are refused before the password is checked.
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '@zhengling/core';

export interface LoginLimits {
  perUser: { points: number; durationSeconds: number };
  perIp: { points: number; durationSeconds: number };
}
export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perUser: { points: 5, durationSeconds: 15 * 60 },
  perIp: { points: 30, durationSeconds: 15 * 60 },
};

export class LoginLimiter {
  private readonly byUser: RateLimiterRedis;
  private readonly byIp: RateLimiterRedis;

  constructor(redis: Redis, limits: LoginLimits = DEFAULT_LOGIN_LIMITS, prefix = 'zl-login') {
    this.byUser = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}-user`,
      points: limits.perUser.points,
      duration: limits.perUser.durationSeconds,
    });
    this.byIp = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}-ip`,
      points: limits.perIp.points,
      duration: limits.perIp.durationSeconds,
    });
  }

  /** Throws RATE_LIMITED when either count is used up. */
  async assertAllowed(username: string, ip: string): Promise<void> {
    const [u, i] = await Promise.all([this.byUser.get(username.toLowerCase()), this.byIp.get(ip)]);
    const blocked = [
      [u, this.byUser.points],
      [i, this.byIp.points],
    ].find(([res, points]) => res instanceof RateLimiterRes && res.consumedPoints >= (points as number)) as
      [RateLimiterRes, number] | undefined;
    if (blocked) {
      const seconds = Math.ceil(blocked[0].msBeforeNext / 1000);
      throw new AppError('RATE_LIMITED', `（请在${seconds}秒后再试）`, { retryAfterSeconds: seconds });
    }
  }

  async recordFailure(username: string, ip: string): Promise<void> {
    await Promise.all([this.byUser.penalty(username.toLowerCase(), 1), this.byIp.penalty(ip, 1)]);
  }

  async recordSuccess(username: string): Promise<void> {
    await this.byUser.delete(username.toLowerCase());
  }
}
