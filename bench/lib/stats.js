// Small figures shared by the benchmarks.

/** The p-th percentile (0–100) of numbers, nearest rank. */
function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Polls `read` every `everyMs` until `done(value)` or the time limit; returns the last value and when it was read. */
async function pollUntil(read, done, { everyMs = 250, timeoutMs = 600_000 } = {}) {
  const limit = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    const at = Date.now();
    if (done(value) || at > limit) return { value, at, timedOut: !done(value) };
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Seconds with one decimal. */
const s1 = (ms) => (ms / 1000).toFixed(1);

/** A mean and range over runs, e.g. "412 (398–430)". */
function spread(values, digits = 0) {
  const f = (v) => v.toFixed(digits);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return values.length === 1 ? f(mean) : `${f(mean)} (${f(Math.min(...values))}–${f(Math.max(...values))})`;
}

module.exports = { percentile, pollUntil, sleep, s1, spread };
