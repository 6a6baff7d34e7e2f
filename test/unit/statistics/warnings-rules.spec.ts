import {
  approvalRefusal,
  contactDataIn,
  isWarningDueForArchive,
  isWarningKind,
  isWarningPublic,
  mayDecideWarnings,
  mayProposeWarning,
  namesConsumer,
  rejectionRefusal,
  STAFF_ROLES,
  WARNING_KINDS,
  warningExpiresAt,
  warningKindLabel,
  warningProposalViolations,
} from '@app/domain';

const officer = { userId: 'u-officer', role: 'officer' as const, supervisor: false };
const supervisor = { userId: 'u-supervisor', role: 'officer' as const, supervisor: true };
const admin = { userId: 'u-admin', role: 'admin' as const, supervisor: false };
const proposed = { status: 'proposed' as const, proposedBy: officer.userId };

describe('business warnings: who proposes and who approves (four eyes)', () => {
  it('officers, analysts and admins propose; mediators and the association do not', () => {
    expect(STAFF_ROLES.filter(mayProposeWarning)).toEqual(['officer', 'analyst', 'admin']);
  });

  it('a supervisor (is_supervisor) or an admin decides; a supervising mediator does not', () => {
    expect(mayDecideWarnings(supervisor)).toBe(true);
    expect(mayDecideWarnings({ role: 'analyst', supervisor: true })).toBe(true);
    expect(mayDecideWarnings(admin)).toBe(true);
    expect(mayDecideWarnings(officer)).toBe(false);
    expect(mayDecideWarnings({ role: 'mediator', supervisor: true })).toBe(false);
  });

  it('a proposer cannot approve their own warning, even as a supervisor or admin', () => {
    expect(approvalRefusal(supervisor, proposed)).toBeNull();
    expect(approvalRefusal(officer, proposed)).toBe('not_a_supervisor');
    expect(approvalRefusal(supervisor, { ...proposed, proposedBy: supervisor.userId })).toBe('own_proposal');
    expect(approvalRefusal(admin, { ...proposed, proposedBy: admin.userId })).toBe('own_proposal');
  });

  it('only a proposed warning is decided, once', () => {
    for (const status of ['published', 'rejected', 'archived'] as const) {
      expect(approvalRefusal(supervisor, { ...proposed, status })).toBe('not_proposed');
      expect(rejectionRefusal(supervisor, { ...proposed, status })).toBe('not_proposed');
    }
  });

  it('rejection needs a supervisor too, but may be of one’s own proposal', () => {
    expect(rejectionRefusal(officer, proposed)).toBe('not_a_supervisor');
    expect(rejectionRefusal(supervisor, { ...proposed, proposedBy: supervisor.userId })).toBeNull();
  });
});

describe('Decree 55/2024 Art 24.3: a warning stays published for 30 days', () => {
  it('ends at 24:00 in Hà Nội on the 30th calendar day after approval (Civil Code Arts 147–148)', () => {
    // Approved 10:00 on 1 Mar 2026 in Hà Nội (03:00Z): the period runs 2–31 Mar, ends 24:00 on 31 Mar (17:00Z).
    expect(warningExpiresAt(new Date('2026-03-01T03:00:00Z')).toISOString()).toBe('2026-03-31T17:00:00.000Z');
    // 23:30 on 1 Mar in Hà Nội is still 1 Mar there (16:30Z): the same end.
    expect(warningExpiresAt(new Date('2026-03-01T16:30:00Z')).toISOString()).toBe('2026-03-31T17:00:00.000Z');
    // 00:30 on 2 Mar in Hà Nội (17:30Z on 1 Mar): one day later.
    expect(warningExpiresAt(new Date('2026-03-01T17:30:00Z')).toISOString()).toBe('2026-04-01T17:00:00.000Z');
  });

  it('is public only while published and unexpired, whatever the archive sweep has done', () => {
    const expiresAt = new Date('2026-03-31T17:00:00Z');
    const before = new Date('2026-03-31T16:59:59Z');
    expect(isWarningPublic({ status: 'published', expiresAt }, before)).toBe(true);
    expect(isWarningPublic({ status: 'published', expiresAt }, expiresAt)).toBe(false);
    expect(isWarningPublic({ status: 'proposed', expiresAt: null }, before)).toBe(false);
    expect(isWarningPublic({ status: 'archived', expiresAt }, before)).toBe(false);
    expect(isWarningDueForArchive({ status: 'published', expiresAt }, before)).toBe(false);
    expect(isWarningDueForArchive({ status: 'published', expiresAt }, expiresAt)).toBe(true);
    expect(isWarningDueForArchive({ status: 'rejected', expiresAt: null }, expiresAt)).toBe(false);
  });
});

describe('what a warning may publish (PDPL 91/2025; Law 19 Art 55.2)', () => {
  it.each([
    ['Liên hệ chị Lan qua lan.nguyen@gmail.com', ['email']],
    ['Người khiếu nại gọi 0912 345 678 nhiều lần', ['phone']],
    ['SĐT 0912345678', ['phone']],
    ['máy bàn 0208.3855.123', ['phone']],
    ['gọi +84 912-345-678', ['phone']],
    ['xem hồ sơ TN-2026-000123', ['tracking_code']],
    ['lan@example.vn, 0987654321', ['email', 'phone']],
  ])('refuses contact data in %p', (text, kinds) => {
    expect(contactDataIn(text)).toEqual(kinds);
  });

  it.each([
    'Doanh nghiệp nhiều lần từ chối bảo hành máy giặt trong thời hạn bảo hành 24 tháng.',
    'Gọi tổng đài tư vấn người tiêu dùng 1800.6838 khi cần hỗ trợ.',
    'Từ 01.02.2026 đến 15/03/2026, 12 khiếu nại, tổng giá trị 1.290.000 đồng.',
    'Mã xã 05443.',
  ])('accepts plain public text: %p', (text) => {
    expect(contactDataIn(text)).toEqual([]);
  });

  it('accepts the business’s own tax code even when it looks like a phone number', () => {
    expect(contactDataIn('Công ty (MST 0101234567) không giao hàng', ['0101234567'])).toEqual([]);
    expect(contactDataIn('Công ty (MST 0101234567) không giao hàng')).toEqual(['phone']);
  });

  it('refuses the name of a consumer behind the warning, in any case or spacing', () => {
    const names = ['Nguyễn Thị Lan', 'An'];
    expect(namesConsumer('Chị NGUYỄN  THỊ LAN đã khiếu nại ba lần.', names)).toBe(true);
    expect(namesConsumer('Doanh nghiệp không giao hàng.', names)).toBe(false);
    // Too short to look for: "An" would match ordinary words (an toàn).
    expect(namesConsumer('Hàng hóa không an toàn.', names)).toBe(false);
    const facts = { summary: 'Chị Nguyễn Thị Lan không được bảo hành.', taxCode: '4600123456' };
    expect(warningProposalViolations({ ...facts, substantiatedComplaints: 1, consumerNames: names })).toEqual([
      { field: 'summary', rule: 'noConsumerName' },
    ]);
  });

  it('needs at least one substantiated complaint (closed resolved or unresolved)', () => {
    const facts = { summary: 'Không giao hàng đã thanh toán.', taxCode: '4600123456' };
    expect(warningProposalViolations({ ...facts, substantiatedComplaints: 1 })).toEqual([]);
    expect(warningProposalViolations({ ...facts, substantiatedComplaints: 0 })).toEqual([
      { field: 'taxCode', rule: 'no_substantiated_complaints' },
    ]);
    expect(warningProposalViolations({ ...facts, summary: 'gọi 0912345678', substantiatedComplaints: 3 })).toEqual([
      { field: 'summary', rule: 'noContactData' },
    ]);
  });
});

describe('kinds of violation', () => {
  it('are a fixed vocabulary, each with a vi and an en label', () => {
    expect(WARNING_KINDS).toEqual([
      'refusing_warranty',
      'misleading_advertising',
      'unsafe_goods',
      'unfair_contract_terms',
      'not_delivering',
      'other',
    ]);
    for (const kind of WARNING_KINDS) {
      expect(warningKindLabel(kind, 'vi')).not.toBe(kind);
      expect(warningKindLabel(kind, 'en')).not.toBe(warningKindLabel(kind, 'vi'));
    }
    expect(isWarningKind('refusing_warranty')).toBe(true);
    expect(isWarningKind('fraud')).toBe(false);
  });
});
