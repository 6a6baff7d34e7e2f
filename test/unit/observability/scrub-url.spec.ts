import { scrubUrl } from '@app/observability';

describe(scrubUrl.name, () => {
  it('drops the query string and hides long tokens in the path', () => {
    expect(scrubUrl('/api/v1/business/4f9c2e7b1a3d5f6e8c9b0a1d2e3f4a5b/respond?email=a@b.vn')).toBe(
      '/api/v1/business/[secret]/respond',
    );
  });

  it('hides the segment after /business/ whatever its length, but not the header form /business/link', () => {
    expect(scrubUrl('/business/short-token')).toBe('/business/[secret]');
    expect(scrubUrl('/api/v1/business/abc123/records/negotiation')).toBe(
      '/api/v1/business/[secret]/records/negotiation',
    );
    expect(scrubUrl('/api/v1/business/link/respond')).toBe('/api/v1/business/link/respond');
    expect(scrubUrl('/business/linked-token#key=x')).toBe('/business/[secret]');
  });

  it('keeps ordinary paths readable', () => {
    expect(scrubUrl('/api/v1/complaints/TN-2026-000123')).toBe('/api/v1/complaints/TN-2026-000123');
  });
});
