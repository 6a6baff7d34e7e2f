/**
 * Sign-in attempts against one account (policy, not law): the first failures cost nothing, then each
 * further failure locks the account for a period that doubles, up to a ceiling. Whoever guesses
 * passwords gets a handful of tries an hour; the owner, told by email at the first lock, waits
 * minutes at most.
 */
export const LOGIN_LOCKOUT = {
  /** Failures in a row before the first lock. */
  freeFailures: 4,
  /** The first lock, doubled at each further failure. */
  firstLockSeconds: 30,
  /** No lock lasts longer. */
  maxLockSeconds: 15 * 60,
  /** A streak of failures is forgotten after a day without one. */
  forgetAfterSeconds: 24 * 60 * 60,
} as const;

/** How long the account stays locked after its `failures`-th failure in a row (0: not locked). */
export function lockSecondsAfter(failures: number, policy = LOGIN_LOCKOUT): number {
  const beyond = failures - policy.freeFailures;
  if (beyond <= 0) return 0;
  return Math.min(policy.firstLockSeconds * 2 ** (beyond - 1), policy.maxLockSeconds);
}

/** Whether this failure is the one that first locks the account (its owner is told once per streak). */
export function isFirstLock(failures: number, policy = LOGIN_LOCKOUT): boolean {
  return failures === policy.freeFailures + 1;
}
