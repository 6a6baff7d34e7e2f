import { parsePopulationCsv, POPULATION_MAX, POPULATION_YEAR_MIN, populationFailures } from '@app/domain';

const CODES = new Set(['05443', '05467', '05488']);
const YEAR = 2026;

describe(populationFailures.name, () => {
  it('accepts a whole number of inhabitants with a year that has begun', () => {
    expect(populationFailures(45_210, 2025, YEAR)).toEqual([]);
    expect(populationFailures(1, POPULATION_YEAR_MIN, YEAR)).toEqual([]);
    expect(populationFailures(POPULATION_MAX, YEAR, YEAR)).toEqual([]);
  });

  it('a null population clears the figure, with or without a year', () => {
    expect(populationFailures(null, undefined, YEAR)).toEqual([]);
    expect(populationFailures(null, 1800, YEAR)).toEqual([]);
  });

  it.each([0, -3, 12.5, POPULATION_MAX + 1, '1200', Number.NaN])('refuses the population %p', (population) => {
    expect(populationFailures(population, 2025, YEAR)).toEqual([
      { field: 'population', rule: 'populationRange', args: [POPULATION_MAX] },
    ]);
  });

  it('refuses a year before the range or still to come, and a figure without a year', () => {
    const range = { field: 'year', rule: 'populationYearRange', args: [POPULATION_YEAR_MIN, YEAR] };
    expect(populationFailures(100, POPULATION_YEAR_MIN - 1, YEAR)).toEqual([range]);
    expect(populationFailures(100, YEAR + 1, YEAR)).toEqual([range]);
    expect(populationFailures(100, 2025.5, YEAR)).toEqual([range]);
    expect(populationFailures(100, undefined, YEAR)).toEqual([
      { field: 'year', rule: 'populationYearRequired', args: [] },
    ]);
  });
});

describe(parsePopulationCsv.name, () => {
  it('reads the lines after the header, with a BOM, CRLF, quotes, blank lines and clearing lines', () => {
    const text = '\uFEFFcode,population,year\r\n05443,45210,2025\r\n\r\n"05467"," 30100 ",2024\r\n05488,,\r\n';
    expect(parsePopulationCsv(text, CODES, YEAR)).toEqual({
      ok: true,
      rows: [
        { line: 2, code: '05443', value: { population: 45_210, year: 2025 } },
        { line: 4, code: '05467', value: { population: 30_100, year: 2024 } },
        { line: 5, code: '05488', value: null },
      ],
    });
  });

  it('reports every bad line by number and returns no row', () => {
    const text = [
      'code,population,year',
      '05443,45210,2025', // good
      '99999,1000,2025', // unknown commune
      '05467,12.500,2025', // not a whole number
      '05488,1000', // two columns
      '05443,100,2025', // the same commune again
      '05467,100,', // line 4's commune again, and no year
      '05467,100,2031', // the same again, and a year to come
    ].join('\n');
    const result = parsePopulationCsv(text, CODES, YEAR);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failures.map((f) => [f.line, f.field, f.rule])).toEqual([
      [3, 'code', 'knownCommune'],
      [4, 'population', 'populationRange'],
      [5, 'line', 'csvColumns'],
      [6, 'code', 'duplicateCommune'],
      [7, 'code', 'duplicateCommune'],
      [7, 'year', 'populationYearRequired'],
      [8, 'code', 'duplicateCommune'],
      [8, 'year', 'populationYearRange'],
    ]);
  });

  it('refuses a file without the header, an empty file and one with only the header', () => {
    const noHeader = parsePopulationCsv('05443,45210,2025\n', CODES, YEAR);
    expect(noHeader).toEqual({
      ok: false,
      failures: [{ line: 1, field: 'header', rule: 'csvHeader', args: ['code,population,year'] }],
    });
    expect(parsePopulationCsv('', CODES, YEAR)).toEqual({
      ok: false,
      failures: [{ line: 1, field: 'file', rule: 'csvEmpty', args: [] }],
    });
    expect(parsePopulationCsv('code,population,year\r\n', CODES, YEAR)).toEqual({
      ok: false,
      failures: [{ line: 2, field: 'file', rule: 'csvEmpty', args: [] }],
    });
  });
});
