import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Every visible text of the web app comes from these two catalogs: Vietnamese (the default) and
// English. A key in one and not the other would show a raw key or fall back to the other language.
const dir = join(__dirname, '../../../apps/web/src/i18n');
const load = (language: string): unknown => JSON.parse(readFileSync(join(dir, `${language}.json`), 'utf8'));

/** Every leaf as [dotted key, value]; arrays' items are keyed by index. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, value]];
}

describe('web catalogs (apps/web/src/i18n)', () => {
  const vi = leaves(load('vi'));
  const en = leaves(load('en'));

  it('vi.json and en.json have exactly the same keys', () => {
    const viKeys = new Set(vi.map(([key]) => key));
    const enKeys = new Set(en.map(([key]) => key));
    expect({
      onlyInVi: [...viKeys].filter((k) => !enKeys.has(k)),
      onlyInEn: [...enKeys].filter((k) => !viKeys.has(k)),
    }).toEqual({ onlyInVi: [], onlyInEn: [] });
  });

  it.each([
    ['vi', vi],
    ['en', en],
  ])('%s.json has a non-empty string for every key', (_language, entries) => {
    const bad = entries.filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
    expect(bad).toEqual([]);
  });
});
