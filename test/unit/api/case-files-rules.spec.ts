import type { StaffPrincipal } from '@app/cases';
import type { CaseEntity } from '@app/persistence';
import { caseBadges } from '../../../apps/api/src/cases/case-badges';
import { asciiName, dispositionOf, servedType } from '../../../apps/api/src/files/file-response';
import { partySeesFile, staffSeesFile } from '../../../apps/api/src/files/file-visibility';

const staff = (
  role: StaffPrincipal['role'],
  userId = 'u1',
  organisationId: string | null = 'org1',
): StaffPrincipal => ({
  userId,
  role,
  organisationId,
  supervisor: false,
});

describe('serving a stored file', () => {
  it('keeps the stored type, except what a browser would run as a page of our origin', () => {
    expect(servedType('image/png')).toBe('image/png');
    expect(servedType('application/pdf')).toBe('application/pdf');
    for (const active of ['text/html', 'image/svg+xml', 'application/xhtml+xml', 'text/javascript', '']) {
      expect(servedType(active)).toBe('application/octet-stream');
    }
  });

  it('names the file in UTF-8 (RFC 5987) with an ASCII fallback without the Vietnamese marks (RFC 6266)', () => {
    expect(asciiName('Đơn khiếu nại – bản 2.pdf')).toBe('Don khieu nai _ ban 2.pdf');
    expect(dispositionOf('hóa đơn.png', 'image/png', false)).toBe(
      `attachment; filename="hoa don.png"; filename*=UTF-8''h%C3%B3a%20%C4%91%C6%A1n.png`,
    );
    expect(dispositionOf('a.pdf', 'application/pdf', true)).toBe('inline; filename="a.pdf"');
    // Inline only for an image or a PDF.
    expect(dispositionOf('a.html', 'application/octet-stream', true)).toBe('attachment; filename="a.html"');
  });
});

describe('who sees which file', () => {
  const scan = { id: 'scan', uploadedBy: 'staff' as const };
  const evidence = { id: 'ev', uploadedBy: 'consumer' as const };
  const document = { id: 'doc', uploadedBy: 'business' as const };
  const inMediation = {
    mediatorId: 'm1',
    mediationOrgId: 'org1',
    lifecycle: { mediationRecordSignatures: [{ scanFileId: 'scan' }] },
  } as unknown as CaseEntity;

  it('the signed scan of a mediation record stays in the mediation circle (Law 19 Art 62.2)', () => {
    expect(staffSeesFile(staff('mediator', 'm1'), inMediation, scan)).toBe(true);
    expect(staffSeesFile(staff('mediation_admin', 'a1', 'org1'), inMediation, scan)).toBe(true);
    expect(staffSeesFile(staff('officer'), inMediation, scan)).toBe(false);
    expect(staffSeesFile(staff('officer'), inMediation, evidence)).toBe(true);
  });

  it('the consumer sees every file; the business its own and staff’s, not the consumer’s evidence', () => {
    expect([evidence, document, scan].map((f) => partySeesFile('consumer', f))).toEqual([true, true, true]);
    expect([evidence, document, scan].map((f) => partySeesFile('business', f))).toEqual([false, true, true]);
  });
});

describe(caseBadges.name, () => {
  const now = new Date('2026-12-07T03:00:00Z');
  const row = {
    vulnerable: false,
    overdueSince: null,
    nextDueAt: null,
    possibleDuplicateOf: null,
    attentionReason: null,
  };

  it('none for an ordinary case', () => expect(caseBadges(row, now)).toEqual([]));

  it('vulnerable (Law 19 Art 8), overdue, possible duplicate and attention, in that order', () => {
    expect(
      caseBadges(
        { vulnerable: true, overdueSince: now, nextDueAt: null, possibleDuplicateOf: 'c2', attentionReason: 'x' },
        now,
      ),
    ).toEqual(['vulnerable', 'overdue', 'possible_duplicate', 'attention']);
  });

  it('overdue also when a running clock is already past, before the worker marks it', () => {
    expect(caseBadges({ ...row, nextDueAt: new Date(now.getTime() - 1) }, now)).toEqual(['overdue']);
    expect(caseBadges({ ...row, nextDueAt: new Date(now.getTime() + 1) }, now)).toEqual([]);
  });
});
