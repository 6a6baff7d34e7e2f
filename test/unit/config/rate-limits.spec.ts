import { DEFAULT_RATE_LIMITS, parseRateLimits, RATE_LIMIT_NAMES } from '@app/config';
import { loadConfig } from '@app/config';

describe('RATE_LIMITS (issue 12 item 1: limits are configuration with production defaults)', () => {
  it('keeps the production defaults when unset', () => {
    expect(parseRateLimits(undefined)).toEqual(DEFAULT_RATE_LIMITS);
    expect(Object.keys(DEFAULT_RATE_LIMITS).sort()).toEqual([...RATE_LIMIT_NAMES].sort());
  });

  it('overrides only the limits it names', () => {
    const limits = parseRateLimits(' intake=100000/60 , recovery_case=1/30');
    expect(limits.intake).toEqual({ limit: 100000, windowSeconds: 60 });
    expect(limits.recovery_case).toEqual({ limit: 1, windowSeconds: 30 });
    expect(limits.login).toEqual(DEFAULT_RATE_LIMITS.login);
  });

  it.each([
    ['intake=10', 'is not name=limit/seconds'],
    ['everything=1/1', 'is not one of'],
    ['intake=0/60', 'must be at least 1'],
    ['intake=-1/60', 'is not name=limit/seconds'],
  ])('refuses %s at start-up, saying what is wrong', (value, message) => {
    expect(() => parseRateLimits(value)).toThrow(message);
    expect(() => loadConfig({ RATE_LIMITS: value })).toThrow(/RATE_LIMITS/);
  });

  it('reads TRUST_PROXY as express does: false, a hop count, or addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toBe('10.0.0.0/8, 127.0.0.1');
    expect(() => loadConfig({ TRUST_PROXY: 'everyone please' })).toThrow(/TRUST_PROXY/);
  });
});
