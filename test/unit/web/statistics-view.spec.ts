import { wrapLabel } from '../../../apps/web/src/pages/statistics/charts/wrap-label';
import { chartValue, formatCount, formatShare } from '../../../apps/web/src/pages/statistics/figures-format';
import { apiParams, paramsOf, queryOf } from '../../../apps/web/src/staff/statistics/statistics-query';

// The statistics pages' small rules (apps/web/src/pages/statistics, apps/web/src/staff/statistics).

describe('the statistics views', () => {
  it('shows "< 5" as it is and draws no bar for it', () => {
    expect(formatCount('< 5', 'vi')).toBe('< 5');
    expect(formatCount(1234, 'vi')).toBe('1.234');
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(chartValue('< 5')).toBeNull();
    expect(chartValue(0)).toBe(0);
  });

  it('writes shares as Vietnamese and English readers expect', () => {
    expect(formatShare(0.9412, 'vi')).toBe('94,1%');
    expect(formatShare(0.9412, 'en')).toBe('94.1%');
  });

  it('wraps long category names at plain spaces, keeping "(< 5)" whole', () => {
    expect(wrapLabel('Thương mại điện tử')).toBe('Thương mại điện tử');
    expect(wrapLabel('Viễn thông và Internet (<\u00a05)')).toEqual(['Viễn thông và Internet', '(<\u00a05)']);
  });

  it('reads the dashboard from the URL, with this year by sector when nothing is chosen', () => {
    const sut = queryOf(new URLSearchParams('by=nonsense&vulnerable=maybe&from=2025-13'));
    expect(sut.by).toBe('sector');
    expect(sut.vulnerable).toBe('');
    expect(sut.from).toMatch(/^\d{4}-01-01$/);
    expect(sut.tab).toBe('complaints');
  });

  it('writes the chosen filters only, and passes them to the api with the breakdown', () => {
    const sut = queryOf(new URLSearchParams('from=2025-01-01&to=2025-12-31&by=commune&sector=ecommerce&tab=mediation'));
    expect(paramsOf(sut).toString()).toBe('from=2025-01-01&to=2025-12-31&by=commune&sector=ecommerce&tab=mediation');
    expect(apiParams(sut, 'month', { format: 'csv' })).toBe(
      'from=2025-01-01&to=2025-12-31&by=month&format=csv&sector=ecommerce',
    );
  });
});
