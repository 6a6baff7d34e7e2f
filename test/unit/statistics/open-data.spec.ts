import {
  INTAKE_CHANNEL_LABELS,
  FINAL_STATUSES,
  FINAL_STATUS_LABELS,
  isOpenDataCase,
  labelOf,
  localMonth,
  OUTCOME_CODES,
  OUTCOME_CODE_LABELS,
  PURCHASE_CHANNEL_LABELS,
  PURCHASE_CHANNELS,
  publishableBusiness,
  STAFF_INTAKE_CHANNELS,
} from '@app/domain';

const closed = { status: 'resolved', closedAt: new Date('2026-03-02T03:00:00Z'), publicationConsent: true };

describe('open data: publishing needs the consumer’s consent (PDPL 91/2025; domain.md §6)', () => {
  it('publishes only closed cases whose consumer consented to publication', () => {
    expect(isOpenDataCase(closed)).toBe(true);
    expect(isOpenDataCase({ ...closed, publicationConsent: false })).toBe(false);
    expect(isOpenDataCase({ ...closed, status: 'negotiation' })).toBe(false);
    expect(isOpenDataCase({ ...closed, closedAt: null })).toBe(false);
    for (const status of FINAL_STATUSES) expect(isOpenDataCase({ ...closed, status })).toBe(true);
  });

  it('gives months, not days, in Hà Nội time', () => {
    expect(localMonth(new Date('2026-03-31T16:59:59Z'))).toBe('2026-03');
    expect(localMonth(new Date('2026-03-31T17:00:00Z'))).toBe('2026-04');
  });
});

describe(`${publishableBusiness.name}: businesses are not natural persons, but some are`, () => {
  it('publishes a business with a tax code', () => {
    expect(publishableBusiness('Công ty TNHH Điện máy Phương Nam', '4600123456')).toEqual({
      name: 'Công ty TNHH Điện máy Phương Nam',
      taxCode: '4600123456',
    });
    expect(publishableBusiness('Chi nhánh Phương Nam', '4600123456-001')).not.toBeNull();
  });

  it('leaves out a seller without a valid tax code (possibly a private person) and household businesses', () => {
    expect(publishableBusiness('Shop mẹ Bông', null)).toBeNull();
    expect(publishableBusiness('Shop mẹ Bông', '12345')).toBeNull();
    expect(publishableBusiness('Hộ kinh doanh Nguyễn Văn An', '4600123456')).toBeNull();
    expect(publishableBusiness('HỘ KINH DOANH NGUYỄN VĂN AN', '4600123456')).toBeNull();
    expect(publishableBusiness('HKD Trần Thị Bình', '4600123456')).toBeNull();
    expect(publishableBusiness('Ho kinh doanh Tran Binh', '4600123456')).toBeNull();
  });
});

describe('open data labels', () => {
  it('label every channel, purchase channel, final status and outcome in vi and en', () => {
    const tables = [
      [INTAKE_CHANNEL_LABELS, ['web', ...STAFF_INTAKE_CHANNELS]],
      [PURCHASE_CHANNEL_LABELS, PURCHASE_CHANNELS],
      [FINAL_STATUS_LABELS, FINAL_STATUSES],
      [OUTCOME_CODE_LABELS, OUTCOME_CODES],
    ] as const;
    for (const [table, codes] of tables) {
      expect(Object.keys(table).sort()).toEqual([...codes].sort());
      for (const code of codes) expect(labelOf(table, code, 'vi')).not.toBe(labelOf(table, code, 'en'));
    }
    expect(labelOf(OUTCOME_CODE_LABELS, 'something_new', 'en')).toBe('something_new');
  });
});
