import { isFreeText, isTextRef, mapFreeText, mapTextRefs, textRefIds } from '@app/domain';

// Law 91/2025/QH15 Arts 3 and 4 (issue 12 item 11): what people wrote leaves the append-only timeline.
describe('free text of a timeline event (Law 91/2025/QH15 Arts 3 and 4)', () => {
  it.each([
    'Vui lòng gửi hóa đơn mua hàng',
    'Tôi đã nhận hàng bị lỗi',
    'ok thanks',
    'Nguyễn Văn A',
    'Please call me on 0901 234 567',
    'a@b.vn wrote this: hi',
  ])('%s is free text', (s) => expect(isFreeText(s)).toBe(true));

  it.each([
    'request_info',
    'negotiation',
    'consumer',
    '3f1c2b4a-1d2e-4f5a-8b9c-0d1e2f3a4b5c',
    'VN-2026-000123',
    'HN.CTT:01',
    '2026-12-05',
    '2026-12-05T12:20:09.123Z',
    '2026-12-05T12:20:09+07:00',
    '1500000',
    '-12.5',
    '',
    '   ',
  ])('%s is not free text', (s) => expect(isFreeText(s)).toBe(false));

  it('is not free text when not a string', () => {
    expect(isFreeText(12)).toBe(false);
    expect(isFreeText(null)).toBe(false);
    expect(isFreeText({ a: 'b c' })).toBe(false);
  });

  it('replaces free text nested in objects and arrays, and only it', () => {
    const data = { kind: 'delivery', reason: 'too late', items: [{ note: 'see below', at: '2026-01-01' }], n: 3 };
    let i = 0;
    const moved = mapFreeText(data, () => ({ $text: `t${++i}` }));
    expect(moved).toEqual({
      kind: 'delivery',
      reason: { $text: 't1' },
      items: [{ note: { $text: 't2' }, at: '2026-01-01' }],
      n: 3,
    });
    expect(textRefIds(moved)).toEqual(['t1', 't2']);
    expect(mapTextRefs(moved, (id) => `#${id}`)).toEqual({
      kind: 'delivery',
      reason: '#t1',
      items: [{ note: '#t2', at: '2026-01-01' }],
      n: 3,
    });
  });

  it('leaves plain strings alone when hydrating (events written before the move)', () => {
    expect(mapTextRefs({ reason: 'inline words' }, () => 'x')).toEqual({ reason: 'inline words' });
    expect(isTextRef({ $text: 'a', other: 1 })).toBe(false);
  });
});
