import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDateLines, toDmy, toIsoDate } from '../../../apps/web/src/staff/admin/dates';
import { byWeek, hanoiInstant, hanoiParts, mondayOf } from '../../../apps/web/src/staff/mediation/agenda';

// The staff mediation and admin screens' rules that run in the browser: the sessions' agenda by
// week in Hà Nội time, the calendar editor's dates, and their catalogs (vi and en in step).

describe('the agenda of sessions (Hà Nội time, UTC+7)', () => {
  it('puts an instant in the week of its Hà Nội day, Monday to Sunday', () => {
    // Sunday 13/12/2026 23:30 in Hà Nội is still that week (it is 16:30 UTC).
    expect(mondayOf(new Date('2026-12-13T16:30:00Z')).toISOString()).toBe('2026-12-06T17:00:00.000Z');
    // Monday 14/12/2026 00:30 in Hà Nội starts the next week (Sunday 17:30 UTC).
    expect(mondayOf(new Date('2026-12-13T17:30:00Z')).toISOString()).toBe('2026-12-13T17:00:00.000Z');
  });

  it('groups sessions by week, in time order', () => {
    const sessions = [
      { id: 'c', startsAt: '2026-12-15T09:00:00+07:00' },
      { id: 'a', startsAt: '2026-12-08T14:00:00+07:00' },
      { id: 'b', startsAt: '2026-12-10T09:00:00+07:00' },
    ];
    const weeks = byWeek(sessions, (s) => s.startsAt);
    expect(weeks.map((w) => w.items.map((s) => s.id))).toEqual([['a', 'b'], ['c']]);
    expect(weeks[0].sunday.toISOString()).toBe('2026-12-12T17:00:00.000Z');
  });

  it('turns a date and time typed in Hà Nội into an instant with its offset, and back', () => {
    expect(hanoiInstant('2026-12-15', '09:30')).toBe('2026-12-15T09:30:00+07:00');
    expect(hanoiParts('2026-12-15T02:30:00Z')).toEqual({ date: '2026-12-15', time: '09:30' });
    expect(hanoiParts('2026-12-14T20:00:00Z')).toEqual({ date: '2026-12-15', time: '03:00' });
  });
});

describe('the calendar editor’s dates', () => {
  it('reads dd/mm/yyyy and yyyy-mm-dd, and refuses days that do not exist', () => {
    expect(toIsoDate('2/9/2026')).toBe('2026-09-02');
    expect(toIsoDate('2026-09-02')).toBe('2026-09-02');
    expect(toIsoDate('31/02/2026')).toBeNull();
    expect(toIsoDate('Quốc khánh')).toBeNull();
    expect(toDmy('2026-09-02')).toBe('02/09/2026');
  });

  it('reads one date a line: sorted, once each, and the lines that are not dates', () => {
    expect(parseDateLines('02/09/2026\n\n01/09/2026\n2026-09-02\nngày lễ\n')).toEqual({
      dates: ['2026-09-01', '2026-09-02'],
      bad: ['ngày lễ'],
    });
  });
});

/** Every leaf as [dotted key, value]. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, value]];
}

describe.each(['mediation', 'admin'])('the staff %s catalogs', (area) => {
  const dir = join(__dirname, `../../../apps/web/src/staff/${area}/i18n`);
  const load = (language: string) => leaves(JSON.parse(readFileSync(join(dir, `${language}.json`), 'utf8')));

  it('have the same keys in vi and en, each a non-empty text', () => {
    const vi = load('vi');
    const en = load('en');
    expect(vi.map(([k]) => k).sort()).toEqual(en.map(([k]) => k).sort());
    const empty = [...vi, ...en].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });
});
