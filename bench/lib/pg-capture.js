// Bench-only preload (`node -r`): appends every statement this process sends through `pg` to the
// file named by BENCH_PG_CAPTURE, one JSON line each: wall-clock time, protocol (simple, extended, or
// prepared for a named statement), text and the
// parameters as pg sends them (text, or null). bench/lib/pgbench-floor.js reads it.
const { appendFileSync } = require('node:fs');
const { Client } = require('pg');
const { prepareValue } = require('pg/lib/utils');

const file = process.env.BENCH_PG_CAPTURE;
const query = Client.prototype.query;
let connections = 0;

Client.prototype.query = function capturedQuery(config, values, callback) {
  const text = typeof config === 'string' ? config : config?.text;
  const params = Array.isArray(values) ? values : Array.isArray(config?.values) ? config.values : [];
  if (file && typeof text === 'string') {
    this.benchConnection ??= ++connections;
    const line = {
      at: performance.timeOrigin + performance.now(),
      connection: this.benchConnection,
      protocol: config?.name ? 'prepared' : params.length > 0 ? 'extended' : 'simple',
      text,
      values: params.map((value) => {
        const prepared = prepareValue(value);
        return Buffer.isBuffer(prepared) ? `\\x${prepared.toString('hex')}` : prepared;
      }),
    };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }
  return query.call(this, config, values, callback);
};
