import { isFirstLock, LOGIN_LOCKOUT, lockSecondsAfter } from '@app/domain';

// Issue 12 item 1 (policy, no article): sign-in failures against one account lock it for a time that
// doubles, up to 15 minutes; the owner is told at the first lock.
describe('login lockout', () => {
  it('lets the first four failures pass, then locks 30 s, 60 s, 120 s … up to 15 minutes', () => {
    expect([1, 2, 3, 4].map((n) => lockSecondsAfter(n))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9].map((n) => lockSecondsAfter(n))).toEqual([30, 60, 120, 240, 480]);
    expect(lockSecondsAfter(10)).toBe(LOGIN_LOCKOUT.maxLockSeconds);
    expect(lockSecondsAfter(1000)).toBe(15 * 60);
  });

  it('tells the owner once per streak: at the failure that first locks', () => {
    expect([4, 5, 6, 20].map((n) => isFirstLock(n))).toEqual([false, true, false, false]);
  });

  it('allows a guesser at most a dozen tries an hour once locked', () => {
    let failures = 0;
    let elapsed = 0;
    while (elapsed < 3600) {
      failures += 1;
      elapsed += lockSecondsAfter(failures);
    }
    expect(failures).toBeLessThanOrEqual(12);
  });
});
