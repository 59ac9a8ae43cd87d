import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '@zhengling/core';
import pLimit from 'p-limit';

// argon2id (the library's default algorithm) with OWASP's minimum parameters: 19 MiB, 2 passes, 1 lane.
const PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * argon2 costs 19 MiB and tens of milliseconds a call: at most two run at once (the machine has two cores), and at most
 * ARGON2_QUEUE wait, so a burst cannot starve everyone else's sign-in. Past that the caller is told to come back.
 */
const argon2 = pLimit(2);
export const ARGON2_QUEUE = 32;
function gated<T>(work: () => Promise<T>): Promise<T> {
  if (argon2.pendingCount >= ARGON2_QUEUE) {
    return Promise.reject(
      new AppError('RATE_LIMITED', '（服务器正忙，请在5秒后再试）', { retryAfterSeconds: 5 }),
    );
  }
  return argon2(work);
}

export const hashPassword = (password: string): Promise<string> => gated(() => hash(password, PARAMS));

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  return gated(async () => {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  });
}

/** A hash to verify against when the user does not exist, so both paths take the same time. */
let dummy: Promise<string> | undefined;
export const dummyHash = (): Promise<string> => (dummy ??= hashPassword('zhengling-timing-equaliser'));

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
/** A strong random password (20 characters, ~117 bits), printed once where it is created. */
export function generatePassword(length = 20): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

export function checkPasswordPolicy(username: string, password: string): void {
  if (password.length < 12 || password.toLowerCase() === username.toLowerCase())
    throw new AppError('PASSWORD_TOO_WEAK');
}
