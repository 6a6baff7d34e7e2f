// The JavaScript and CSS each page of the web app loads first, gzipped, from the built manifest
// (`npm run build` → dist/web/.vite/manifest.json). Target (issue 9): the filing page's initial
// JavaScript ≤ 200 kB gzipped. Writes its section of bench/RESULTS.md.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync } = require('node:zlib');
const { ROOT, writeFormattedSection } = require('./lib/harness');

const WEB = join(ROOT, 'dist/web');
const PAGES = {
  '/': 'src/pages/home/HomePage.tsx',
  '/complaints/new': 'src/pages/file/NewComplaintPage.tsx',
  '/complaints/track': 'src/pages/track/TrackPage.tsx',
  '/complaints/{code}': 'src/pages/case/CasePage.tsx',
  '/complaints/{code}/rating': 'src/pages/case/RatingPage.tsx',
  '/business/{token}': 'src/pages/business/BusinessPage.tsx',
  '/mediation-organisations': 'src/pages/mediation/MediationOrganisationsPage.tsx',
  '/privacy': 'src/pages/privacy/PrivacyPage.tsx',
  '/statistics': 'src/pages/statistics/StatisticsPage.tsx',
  '/warnings': 'src/pages/warnings/WarningsPage.tsx',
};
const LIMIT_KB = 200;

function main() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(WEB, '.vite/manifest.json'), 'utf8'));
  } catch {
    console.error('dist/web/.vite/manifest.json is missing: run `npm run build` first');
    process.exit(1);
  }
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  const size = (file) => {
    const bytes = readFileSync(join(WEB, file));
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  // A chunk and every chunk it imports statically: what the browser loads before the page runs.
  const closure = (key, seen = new Set()) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const child of manifest[key].imports ?? []) closure(child, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((key) => manifest[key] === entry);
  const rows = Object.entries(PAGES).map(([path, source]) => {
    const keys = new Set([...closure(entryKey), ...closure(source)]);
    const js = [...keys].map((key) => size(manifest[key].file));
    const css = [...keys].flatMap((key) => manifest[key].css ?? []).map(size);
    const sum = (list, field) => list.reduce((total, item) => total + item[field], 0);
    return {
      path,
      jsRaw: sum(js, 'raw'),
      jsGzip: sum(js, 'gzip'),
      cssGzip: sum(css, 'gzip'),
      pageGzip: size(manifest[source].file).gzip,
    };
  });
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  const filing = rows.find((row) => row.path === '/complaints/new');
  const table = [
    "| page | initial JS (kB) | gzipped JS (kB) | of which the page's own chunk, gzipped (kB) | gzipped CSS (kB) |",
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) => `| \`${row.path}\` | ${kb(row.jsRaw)} | ${kb(row.jsGzip)} | ${kb(row.pageGzip)} | ${kb(row.cssGzip)} |`,
    ),
  ].join('\n');
  const markdown = [
    '## bench/web-size',
    '',
    `Measured ${new Date().toISOString()} from \`dist/web/.vite/manifest.json\`: the entry chunk and`,
    "each page's chunk with every chunk they import statically (what loads before the page runs), gzip",
    'level 9. Other pages load later, on navigation (one chunk per route).',
    '',
    table,
    '',
    `The filing page loads ${kb(filing.jsGzip)} kB of gzipped JavaScript first; the target is ≤ ${LIMIT_KB} kB ` +
      `(${filing.jsGzip <= LIMIT_KB * 1024 ? 'met' : 'not met'}).`,
  ].join('\n');
  console.log(markdown);
  return writeFormattedSection('web-size', markdown);
}

void main();
