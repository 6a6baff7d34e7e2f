// Dates as people type them (dd/mm/yyyy, one per line) and as the api takes them (yyyy-mm-dd).

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** "02/09/2026" or "2026-09-02" → "2026-09-02"; null when it is no real date. */
export function toIsoDate(text: string): string | null {
  const trimmed = text.trim();
  let iso: string | null = null;
  const dmy = DMY.exec(trimmed);
  if (dmy) iso = `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
  else if (ISO.test(trimmed)) iso = trimmed;
  if (!iso) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** "2026-09-02" → "02/09/2026". */
export const toDmy = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The lines of a text area as dates: the good ones sorted and unique, and the lines that are not dates. */
export function parseDateLines(text: string): { dates: string[]; bad: string[] } {
  const dates = new Set<string>();
  const bad: string[] = [];
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const iso = toIsoDate(line);
    if (iso) dates.add(iso);
    else bad.push(line);
  }
  return { dates: [...dates].sort(), bad };
}
