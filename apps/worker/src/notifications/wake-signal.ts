/**
 * Wakes the outbox's lanes: `wait` resolves on a `fire`, or after its timeout, and tells which.
 * A fire wakes one waiting lane (a lane that claims a full batch wakes the next); a
 * fire while no lane waits is kept for the next wait, so a row written while every lane is busy is
 * not missed. `release` wakes every lane, for a shutdown.
 */
export class WakeSignal {
  private pending = false;
  private waiters: ((woken: boolean) => void)[] = [];

  /** How many lanes wait now (a test waits for every lane to be idle). */
  get waiting(): number {
    return this.waiters.length;
  }

  fire(): void {
    const wake = this.waiters.shift();
    if (wake) wake(true);
    else this.pending = true;
  }

  release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake(true);
  }

  /** Resolves true when fired, false when the timeout passed first. */
  wait(timeoutMs: number): Promise<boolean> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const wake = (woken: boolean) => {
        clearTimeout(timer);
        resolve(woken);
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== wake);
        wake(false);
      }, timeoutMs);
      this.waiters.push(wake);
    });
  }
}
