import { describe, expect, it } from 'vitest';
import { callingApp, serviceAuthorization } from './service-auth';

const SECRET = 'a'.repeat(48);

describe('a service-to-service call names its app and proves the shared secret', () => {
  it('is accepted with the header the calling app makes', () => {
    expect(callingApp(SECRET, serviceAuthorization(SECRET, 'supervision'))).toBe('supervision');
  });
  it('is refused under another secret, with a forged app name, without a header, or when no secret is configured', () => {
    const header = serviceAuthorization(SECRET, 'supervision');
    expect(callingApp('b'.repeat(48), header)).toBeNull();
    expect(callingApp(SECRET, header.replace('supervision:', 'disclosure:'))).toBeNull();
    expect(callingApp(SECRET, undefined)).toBeNull();
    expect(callingApp(undefined, header)).toBeNull();
    expect(callingApp(SECRET, 'Bearer x')).toBeNull();
  });
});
