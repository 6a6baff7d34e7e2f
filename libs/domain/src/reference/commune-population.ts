/**
 * The population of a commune as an admin sets it (issue 11: complaints per 10,000 inhabitants).
 * No figure is shipped: the province has not given official ones. Pure rules: the api maps each
 * failure to a 400 field message, the CSV import to its line.
 */

/** Larger than any commune of Viet Nam by far; a typing slip (an extra zero or two) stays out. */
export const POPULATION_MAX = 5_000_000;
/** Figures for the communes formed on 1 July 2025 are recomputed from sources of this century. */
export const POPULATION_YEAR_MIN = 2000;

export interface CommunePopulation {
  readonly population: number;
  readonly year: number;
}

/** A rule a value breaks, with what its message needs. */
export type PopulationFailure =
  | { readonly field: 'population'; readonly rule: 'populationRange'; readonly args: readonly [number] }
  | { readonly field: 'year'; readonly rule: 'populationYearRange'; readonly args: readonly [number, number] }
  | { readonly field: 'year'; readonly rule: 'populationYearRequired'; readonly args: readonly [] };

/**
 * Checks a population and its year: a whole number 1…POPULATION_MAX, for a year from
 * POPULATION_YEAR_MIN to the current one (`currentYear`, the caller's clock: a figure is for a
 * year that has begun). A null population clears the figure, whatever the year.
 */
export function populationFailures(population: unknown, year: unknown, currentYear: number): PopulationFailure[] {
  if (population === null) return [];
  const failures: PopulationFailure[] = [];
  if (!Number.isSafeInteger(population) || (population as number) < 1 || (population as number) > POPULATION_MAX) {
    failures.push({ field: 'population', rule: 'populationRange', args: [POPULATION_MAX] });
  }
  if (year === null || year === undefined) {
    failures.push({ field: 'year', rule: 'populationYearRequired', args: [] });
  } else if (!Number.isSafeInteger(year) || (year as number) < POPULATION_YEAR_MIN || (year as number) > currentYear) {
    failures.push({ field: 'year', rule: 'populationYearRange', args: [POPULATION_YEAR_MIN, currentYear] });
  }
  return failures;
}

/** The CSV import's columns, in this order on its first line. */
export const POPULATION_CSV_COLUMNS = ['code', 'population', 'year'] as const;
/** The province has 92 communes: a file much longer than that is not a population list. */
export const POPULATION_CSV_MAX_LINES = 500;

/** One line of the file to store: a population, or null to clear the commune's figure. */
export interface PopulationCsvRow {
  readonly line: number;
  readonly code: string;
  readonly value: CommunePopulation | null;
}

/** Why a file or one of its lines is refused: the line (1 = the header), the column, the rule and what its message needs. */
export interface PopulationCsvFailure {
  readonly line: number;
  readonly field: 'file' | 'header' | 'line' | 'code' | 'population' | 'year';
  readonly rule: string;
  readonly args: readonly unknown[];
}

export type PopulationCsvResult =
  | { readonly ok: true; readonly rows: readonly PopulationCsvRow[] }
  | { readonly ok: false; readonly failures: readonly PopulationCsvFailure[] };

/** RFC 4180 fields of one line (no line breaks inside quotes: a population file has none). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

/** "12345" → 12345; anything else (a sign, a decimal point, thousands separators, text) → NaN. */
function wholeNumber(text: string): number {
  return /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * Reads a population file: the first line `code,population,year`, then one commune per line (its
 * 5-digit GSO code, inhabitants, the year of the figure; population and year both empty clear the
 * commune's figure). Blank lines are skipped; a BOM and CRLF are fine. All or nothing: every
 * failure is reported with its line number (the header is line 1), and no row is returned then.
 */
export function parsePopulationCsv(
  text: string,
  communeCodes: ReadonlySet<string>,
  currentYear: number,
): PopulationCsvResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const failures: PopulationCsvFailure[] = [];
  if (lines.length === 0) return { ok: false, failures: [{ line: 1, field: 'file', rule: 'csvEmpty', args: [] }] };
  if (lines.length > POPULATION_CSV_MAX_LINES) {
    return {
      ok: false,
      failures: [
        { line: POPULATION_CSV_MAX_LINES + 1, field: 'file', rule: 'csvTooLong', args: [POPULATION_CSV_MAX_LINES] },
      ],
    };
  }
  const header = csvFields(lines[0]).map((h) => h.toLowerCase());
  if (header.join(',') !== POPULATION_CSV_COLUMNS.join(',')) {
    failures.push({ line: 1, field: 'header', rule: 'csvHeader', args: [POPULATION_CSV_COLUMNS.join(',')] });
  }
  const rows: PopulationCsvRow[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    if (raw.trim() === '') return;
    const fields = csvFields(raw);
    if (fields.length !== POPULATION_CSV_COLUMNS.length) {
      failures.push({ line, field: 'line', rule: 'csvColumns', args: [POPULATION_CSV_COLUMNS.length, fields.length] });
      return;
    }
    const [code, populationText, yearText] = fields;
    const lineFailures: PopulationCsvFailure[] = [];
    if (!communeCodes.has(code)) lineFailures.push({ line, field: 'code', rule: 'knownCommune', args: [] });
    else if (seen.has(code)) {
      lineFailures.push({ line, field: 'code', rule: 'duplicateCommune', args: [seen.get(code)] });
    } else seen.set(code, line);
    const clears = populationText === '' && yearText === '';
    if (!clears) {
      const population = populationText === '' ? Number.NaN : wholeNumber(populationText);
      const year = yearText === '' ? null : wholeNumber(yearText);
      for (const f of populationFailures(population, year, currentYear)) lineFailures.push({ ...f, line });
    }
    if (lineFailures.length > 0) failures.push(...lineFailures);
    else {
      rows.push({
        line,
        code,
        value: clears ? null : { population: Number(populationText), year: Number(yearText) },
      });
    }
  });
  if (failures.length === 0 && rows.length === 0) failures.push({ line: 2, field: 'file', rule: 'csvEmpty', args: [] });
  return failures.length > 0 ? { ok: false, failures } : { ok: true, rows };
}
