import type { CaseAction } from '@app/domain';
import type { CaseEntity, CasePartyEntity } from '@app/persistence';
import { lifecycleNotices } from '@app/cases/notifications/lifecycle-notices';
import { type ReceptionFacts, transferSummary } from '@app/cases/notifications/reception-facts';
import { render } from '@app/cases/notifications/templates';

const CODE = 'TN-2026-000321';
const LINK = 'https://khieunai.example.vn/complaints/TN-2026-000321';

const kase = (status: string, language: 'vi' | 'en' = 'vi', outcome: string | null = null) =>
  ({
    id: 'c-1',
    version: 3,
    trackingCode: CODE,
    status,
    outcome,
    language,
    product: 'Sữa bột trẻ em',
    description: 'Sữa bột hết hạn sử dụng vẫn được bày bán.',
    purchaseDate: '2026-10-02',
    amountVnd: 650_000,
  }) as CaseEntity;

const party = (role: 'consumer' | 'business', extra: Partial<CasePartyEntity> = {}) =>
  ({
    role,
    name: role === 'consumer' ? 'Hoàng Thị Mai' : 'Cửa hàng Ví Dụ',
    email: role === 'consumer' ? 'mai@example.vn' : 'shop@example.vn',
    phone: role === 'consumer' ? '0911222333' : null,
    address: role === 'consumer' ? 'Tổ 5, Phường Phan Đình Phùng' : null,
    taxCode: role === 'business' ? '4600123456' : null,
    vulnerableGroups: role === 'consumer' ? ['ethnic_minority'] : null,
    ethnicLanguage: role === 'consumer' ? 'Tày' : null,
    contactShared: false,
    ...extra,
  }) as CasePartyEntity;

const notices = (
  c: CaseEntity,
  action: CaseAction,
  input: Record<string, unknown>,
  reception: ReceptionFacts,
  parties = [party('consumer'), party('business')],
) => lifecycleNotices({ c, action, input, parties, mediationAdmins: [], surveyLink: `${LINK}/rating`, reception });

const text = (n: ReturnType<typeof notices>[number]) => {
  const r = render(n.template, n.to.language, { ...n.data, link: n.data.link ?? LINK });
  return `${r.subject}\n${r.text}`;
};

const AUTHORITY = { name: 'Sở Y tế', kind: 'competent_authority', email: 'syt@thainguyen.example.vn' };

describe(lifecycleNotices.name, () => {
  it('Citizen Reception Law Art 28: acceptance emails the consumer the handling unit and what happens next', () => {
    const dueAt = new Date('2026-11-11T17:00:00Z'); // end of 11 November, Hanoi
    const [sut, ...others] = notices(
      kase('consultation'),
      'accept',
      {},
      {
        handlingUnitName: 'Sở Công Thương tỉnh Thái Nguyên',
        forwardingDueAt: dueAt,
      },
    );
    expect(others).toEqual([]);
    expect(sut).toMatchObject({ template: 'case_accepted', to: { kind: 'consumer', email: 'mai@example.vn' } });
    expect(text(sut)).toContain('Sở Công Thương tỉnh Thái Nguyên');
    expect(text(sut)).toContain('khoản 4 Điều 57');
    expect(text(sut)).toContain('hết ngày 11/11/2026');
    const en = notices(kase('consultation', 'en'), 'accept', {}, { handlingUnitName: 'Sở Công Thương' });
    expect(text(en[0])).toMatch(/accepted and will be handled by Sở Công Thương[\s\S]*What happens next/);
  });

  it('Law 19 Art 11.3: a transfer tells the consumer the authority and what it does, and emails the authority', () => {
    const input = { authorityId: 'o-1', reason: 'Thuộc thẩm quyền ngành y tế' };
    const sent = notices(kase('transferred', 'en', 'transferred'), 'transfer', input, {
      handlingUnitName: 'Sở Công Thương tỉnh Thái Nguyên',
      authority: AUTHORITY,
      summary: transferSummary(kase('transferred'), [party('consumer'), party('business')], { sector: 'Thực phẩm' }),
    });
    expect(sent.map((n) => [n.template, n.to.kind, n.to.email])).toEqual([
      ['transfer_to_authority', 'authority', 'syt@thainguyen.example.vn'],
      ['case_transferred', 'consumer', 'mai@example.vn'],
    ]);
    const [toAuthority, toConsumer] = sent;
    expect(toAuthority.to.language).toBe('vi');
    expect(text(toConsumer)).toContain('transferred to Sở Y tế (Law 19/2023/QH15 Art 11.3)');
    expect(text(toConsumer)).toContain('It is the specialised state body competent for the field of the complaint');
    expect(text(toConsumer)).toContain('Thuộc thẩm quyền ngành y tế');
    const summary = text(toAuthority);
    expect(summary).toContain('Kính gửi Sở Y tế');
    expect(summary).toContain('Sở Công Thương tỉnh Thái Nguyên chuyển đến Quý cơ quan hồ sơ khiếu nại');
    expect(summary).toContain('Cửa hàng Ví Dụ (mã số thuế 4600123456)');
    expect(summary).toContain('Sữa bột hết hạn sử dụng vẫn được bày bán.');
    expect(summary).toContain('650.000 đồng');
    expect(summary).toContain('Thực phẩm');
  });

  it('PDPL 91/2025: the authority gets the consumer’s name and contacts only with their consent, never sensitive data', () => {
    const withheld = transferSummary(kase('transferred'), [party('consumer'), party('business')], {});
    const shared = transferSummary(kase('transferred'), [party('consumer', { contactShared: true })], {});
    expect(withheld.consumer).toBeNull();
    expect(shared.consumer).toEqual({
      name: 'Hoàng Thị Mai',
      email: 'mai@example.vn',
      phone: '0911222333',
      address: 'Tổ 5, Phường Phan Đình Phùng',
    });
    const bodyOf = (summary: typeof withheld) =>
      text(notices(kase('transferred'), 'transfer', {}, { authority: AUTHORITY, summary })[0]);
    expect(bodyOf(withheld)).not.toMatch(/Hoàng Thị Mai|mai@example\.vn|0911222333|Tổ 5/);
    expect(bodyOf(withheld)).toContain('Người tiêu dùng chưa đồng ý chia sẻ họ tên và thông tin liên hệ');
    expect(bodyOf(shared)).toContain('Hoàng Thị Mai (liên hệ: mai@example.vn, 0911222333, Tổ 5');
    for (const body of [bodyOf(withheld), bodyOf(shared)]) expect(body).not.toMatch(/Tày|ethnic_minority|dân tộc/);
  });

  it('Law 19 Art 11.3: without a known address the authority is not emailed; the consumer still is', () => {
    const sent = notices(
      kase('transferred', 'vi', 'transferred'),
      'transfer',
      {},
      {
        authority: { ...AUTHORITY, email: null },
      },
    );
    expect(sent.map((n) => n.template)).toEqual(['case_transferred']);
    expect(text(sent[0])).toContain('đã được chuyển đến Sở Y tế');
    expect(text(sent[0])).toContain('(transferred)');
  });

  it('Art 58: the refusal email states the ground, in the consumer’s language', () => {
    const [vi] = notices(kase('refused', 'vi', 'business_not_found'), 'refuse', { ground: 'c' }, {});
    expect(vi.template).toBe('case_refused');
    expect(text(vi)).toContain('Căn cứ từ chối: (c) không đủ thông tin để xác định tổ chức, cá nhân kinh doanh');
    expect(text(vi)).toContain('(business_not_found)');
    const [en] = notices(kase('refused', 'en', 'refused'), 'refuse', { ground: 'e' }, {});
    expect(text(en)).toContain('Ground: (e) the request has already been handled.');
  });

  it('other closures keep the plain closing email', () => {
    const [sut] = notices(kase('resolved', 'vi', 'explained'), 'resolve_by_advice', {}, {});
    expect(sut.template).toBe('case_closed');
  });
});
