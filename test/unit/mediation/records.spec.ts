import {
  failureRecordProblems,
  type MediationRecord,
  negotiationRecordProblems,
  successRecordProblems,
} from '@app/domain';

const RECORD: MediationRecord = {
  mediator: 'Trần Văn Hòa',
  organisation: 'Trung tâm Hòa giải Thái Nguyên',
  parties: ['Nguyễn Thị Lan', 'Cửa hàng Điện máy Ví Dụ'],
  time: new Date('2026-11-20T02:00:00Z'),
  place: 'Số 5 đường Đội Cấn',
  subject: 'Nồi cơm điện hỏng sau một tuần',
  consumerViews: 'Đề nghị đổi sản phẩm mới',
  businessViews: 'Đồng ý đổi sản phẩm mới',
  result: 'Cửa hàng đổi nồi cơm điện mới',
  implementation: 'Giao hàng tận nhà',
  performanceDeadline: new Date('2026-12-05'),
  otherTerms: '',
};

const FAILURE = {
  parties: ['Nguyễn Thị Lan', 'Cửa hàng Điện máy Ví Dụ'],
  date: new Date('2026-11-20T02:00:00Z'),
  reason: 'Doanh nghiệp không đồng ý đổi sản phẩm',
  nextStep: 'court',
};

const NEGOTIATION = {
  parties: ['Nguyễn Thị Lan', 'Cửa hàng Điện máy Ví Dụ'],
  time: new Date('2026-11-05T07:30:00Z'),
  place: 'Trực tuyến qua hệ thống',
  content: { complaint: 'Nồi cơm điện hỏng', proposal: 'Sửa chữa miễn phí' },
  result: 'accepted',
};

const without = (data: object, key: string) => Object.fromEntries(Object.entries(data).filter(([k]) => k !== key));

describe(successRecordProblems.name, () => {
  it('Law 19 Art 65.2: a record with every element has no problems', () => {
    expect(successRecordProblems(RECORD)).toEqual([]);
  });

  it.each(Object.keys(RECORD))('Law 19 Art 65.2: %s is required', (field) => {
    expect(successRecordProblems(without(RECORD, field))).toEqual([field]);
  });

  it.each(['mediator', 'place', 'subject', 'consumerViews', 'businessViews', 'result', 'implementation'])(
    'Law 19 Art 65.2: a blank %s counts as missing',
    (field) => {
      expect(successRecordProblems({ ...RECORD, [field]: '   ' })).toEqual([field]);
    },
  );

  it('Law 19 Art 65.2: other agreed terms may be empty, but must have been recorded', () => {
    expect(successRecordProblems({ ...RECORD, otherTerms: '' })).toEqual([]);
    expect(successRecordProblems({ ...RECORD, otherTerms: null })).toEqual(['otherTerms']);
  });

  it('Law 19 Art 65.2: both parties are named', () => {
    expect(successRecordProblems({ ...RECORD, parties: ['Nguyễn Thị Lan'] })).toEqual(['parties']);
    expect(successRecordProblems({ ...RECORD, parties: ['Nguyễn Thị Lan', ' '] })).toEqual(['parties']);
    expect(successRecordProblems({ ...RECORD, parties: 'Nguyễn Thị Lan, Cửa hàng' })).toEqual(['parties']);
  });

  it('Law 19 Art 65.2: the time and the deadline for performing the agreement are real dates', () => {
    expect(
      successRecordProblems({ ...RECORD, time: new Date('not a date'), performanceDeadline: '2026-12-05' }),
    ).toEqual(['time', 'performanceDeadline']);
  });

  it('Law 19 Art 65.2: no record at all lacks every element, in the article’s order', () => {
    expect(successRecordProblems(undefined)).toEqual([
      'mediator',
      'organisation',
      'parties',
      'time',
      'place',
      'subject',
      'consumerViews',
      'businessViews',
      'result',
      'implementation',
      'performanceDeadline',
      'otherTerms',
    ]);
  });
});

describe(failureRecordProblems.name, () => {
  it('failure record (domain.md §2.4): parties, date, reason and next step make it complete', () => {
    expect(failureRecordProblems(FAILURE)).toEqual([]);
  });

  it.each(Object.keys(FAILURE))('failure record (domain.md §2.4): %s is required', (field) => {
    expect(failureRecordProblems(without(FAILURE, field))).toEqual([field]);
  });

  it('failure record (domain.md §2.4): the next step is continue, arbitration, court or transfer', () => {
    for (const nextStep of ['continue', 'arbitration', 'court', 'transfer']) {
      expect(failureRecordProblems({ ...FAILURE, nextStep })).toEqual([]);
    }
    expect(failureRecordProblems({ ...FAILURE, nextStep: 'give_up' })).toEqual(['nextStep']);
  });

  it('failure record (domain.md §2.4): nothing recorded lacks everything', () => {
    expect(failureRecordProblems(null)).toEqual(['parties', 'date', 'reason', 'nextStep']);
  });
});

describe(negotiationRecordProblems.name, () => {
  it('Law 19 Art 60: parties, time and place, content and result make it complete', () => {
    expect(negotiationRecordProblems(NEGOTIATION)).toEqual([]);
  });

  it.each(['parties', 'time', 'place', 'result'])('Law 19 Art 60: %s is required', (field) => {
    expect(negotiationRecordProblems(without(NEGOTIATION, field))).toEqual([field]);
  });

  it('Law 19 Art 60: the content is the complaint and the business’s proposal', () => {
    expect(negotiationRecordProblems({ ...NEGOTIATION, content: { complaint: 'Nồi cơm điện hỏng' } })).toEqual([
      'content.proposal',
    ]);
    expect(negotiationRecordProblems({ ...NEGOTIATION, content: undefined })).toEqual([
      'content.complaint',
      'content.proposal',
    ]);
  });

  it('Law 19 Art 60: the result is accepted, rejected or settled', () => {
    for (const result of ['accepted', 'rejected', 'settled']) {
      expect(negotiationRecordProblems({ ...NEGOTIATION, result })).toEqual([]);
    }
    expect(negotiationRecordProblems({ ...NEGOTIATION, result: 'pending' })).toEqual(['result']);
  });
});
