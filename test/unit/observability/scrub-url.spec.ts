import { scrubUrl } from '@app/observability';

describe(scrubUrl.name, () => {
  it('drops the query string and hides long tokens in the path', () => {
    expect(scrubUrl('/api/v1/business/4f9c2e7b1a3d5f6e8c9b0a1d2e3f4a5b/respond?email=a@b.vn')).toBe(
      '/api/v1/business/[secret]/respond',
    );
  });

  it('keeps ordinary paths readable', () => {
    expect(scrubUrl('/api/v1/complaints/TN-2026-000123')).toBe('/api/v1/complaints/TN-2026-000123');
  });
});
