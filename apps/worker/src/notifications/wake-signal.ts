/**
 * Wakes the outbox's lanes: `wait` resolves on the next `fire`, or after its timeout. A fire while
 * no lane waits is kept for the next wait, so a row written while every lane is busy is not missed.
 */
export class WakeSignal {
  private pending = false;
  private waiters: (() => void)[] = [];

  fire(): void {
    if (this.waiters.length === 0) {
      this.pending = true;
      return;
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  wait(timeoutMs: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((waiter) => waiter !== wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      this.waiters.push(wake);
    });
  }
}
