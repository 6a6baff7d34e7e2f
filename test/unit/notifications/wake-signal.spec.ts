import { WakeSignal } from '../../../apps/worker/src/notifications/wake-signal';

// The outbox's lanes sleep on this signal between claims. One notice wakes one lane (the others
// would only find its rows taken); a notice with no lane asleep is kept, so a row written while
// every lane sends is not left until the next poll.
describe('WakeSignal', () => {
  const LONG = 60_000;

  afterEach(() => jest.useRealTimers());

  it('wakes one waiting lane per fire, the longest waiting first', async () => {
    const signal = new WakeSignal();
    const woken: string[] = [];
    const first = signal.wait(LONG).then((fired) => woken.push(`first:${fired}`));
    const second = signal.wait(LONG).then((fired) => woken.push(`second:${fired}`));

    signal.fire();
    await first;
    await Promise.resolve();
    expect(woken).toEqual(['first:true']);

    signal.fire();
    await second;
    expect(woken).toEqual(['first:true', 'second:true']);
  });

  it('keeps a fire that no lane waited for, once, for the next wait', async () => {
    const signal = new WakeSignal();
    signal.fire();
    signal.fire();
    await expect(signal.wait(LONG)).resolves.toBe(true);

    jest.useFakeTimers();
    const next = signal.wait(1_000);
    jest.advanceTimersByTime(1_000);
    await expect(next).resolves.toBe(false);
  });

  it('tells a timeout from a fire, and a lane that timed out is not woken later', async () => {
    jest.useFakeTimers();
    const signal = new WakeSignal();
    const timedOut = signal.wait(500);
    jest.advanceTimersByTime(500);
    await expect(timedOut).resolves.toBe(false);

    // The fire finds no lane waiting and is kept for the next one.
    signal.fire();
    await expect(signal.wait(LONG)).resolves.toBe(true);
  });

  it('release wakes every lane at once (shutdown)', async () => {
    const signal = new WakeSignal();
    const all = Promise.all([signal.wait(LONG), signal.wait(LONG), signal.wait(LONG)]);
    signal.release();
    await expect(all).resolves.toEqual([true, true, true]);
  });
});
