// Summarises the .cpuprofile a process wrote under --cpu-prof: the functions with most self time.
const { readFileSync, readdirSync } = require('node:fs');
const { join, relative } = require('node:path');
const { ROOT } = require('./harness');

/** Microseconds on the clock V8's profiles use (both are the monotonic clock). */
const nowMicros = () => Number(process.hrtime.bigint() / 1000n);

/**
 * The `count` functions with most self time in the profile(s) in `dir`, counting the samples
 * taken between `from` and `to` (nowMicros) and leaving idle time out: { name, where, ms, share }.
 */
function topSelfTime(dir, { from = -Infinity, to = Infinity } = {}, count = 15) {
  const byFunction = new Map();
  let total = 0;
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    let at = profile.startTime;
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      at += profile.timeDeltas[i] ?? 0;
      const { functionName, url, lineNumber } = nodes.get(id).callFrame;
      if (at < from || at > to || functionName === '(idle)') return;
      const path = url.replace(/^file:\/\//, '');
      const where = path
        ? `${path.includes('node_modules/') ? path.replace(/.*node_modules\//, '') : relative(ROOT, path)}:${lineNumber + 1}`
        : '';
      const key = `${functionName || '(anonymous)'}\u0000${where}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
      total += ms;
    });
  }
  return [...byFunction.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => {
      const [name, where] = key.split('\u0000');
      return { name, where, ms, share: ms / Math.max(total, 1e-9) };
    });
}

module.exports = { nowMicros, topSelfTime };
