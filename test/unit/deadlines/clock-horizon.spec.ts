import { clockHorizonMs, MIN_CLOCK_HORIZON_MS } from '@app/cases';

// Clock steps due within the horizon wait on Redis; the sweep puts the others there as they come
// within it. The sweep must run at least twice within the horizon, or a step could fall due
// before any sweep saw it.

describe('the horizon of the clocks on the queue', () => {
  it('is 15 minutes with the default sweep of a minute', () => {
    expect(MIN_CLOCK_HORIZON_MS).toBe(15 * 60_000);
    expect(clockHorizonMs(60_000)).toBe(15 * 60_000);
  });

  it('is two sweep intervals when the sweep runs less often than every 7.5 minutes', () => {
    expect(clockHorizonMs(450_000)).toBe(15 * 60_000);
    expect(clockHorizonMs(600_000)).toBe(20 * 60_000);
    expect(clockHorizonMs(3_600_000)).toBe(2 * 3_600_000);
  });
});
