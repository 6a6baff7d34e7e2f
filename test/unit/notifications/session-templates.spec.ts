import { render, type TemplateData } from '@app/cases/notifications/templates';

const CODE = 'TN-2026-000123';
const LINK = 'https://khieunai.example.vn/complaints/TN-2026-000123';
const session: TemplateData = {
  trackingCode: CODE,
  link: LINK,
  sessionAt: new Date('2026-12-15T07:30:00Z'),
  durationMinutes: 90,
  place: 'Phòng 204, Hội Bảo vệ quyền lợi người tiêu dùng tỉnh',
  organisationName: 'Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Thái Nguyên',
};

describe('session templates', () => {
  it('session_scheduled states the time in Vietnam (UTC+7), the length, the place and Art 62.2', () => {
    const vi = render('session_scheduled', 'vi', session).text;
    expect(vi).toContain('Thời gian: 14:30 ngày 15/12/2026 (giờ Việt Nam, GMT+7).');
    expect(vi).toContain('Thời lượng dự kiến: 90 phút.');
    expect(vi).toContain(`Địa điểm: ${session.place}`);
    expect(vi).toContain('khoản 2 Điều 62');
    expect(vi).toContain('.ics');
    const en = render('session_scheduled', 'en', session).text;
    expect(en).toContain('When: 14:30, 15 December 2026 (Vietnam time, UTC+7).');
    expect(en).toContain('Article 62.2');
  });

  it('an online session shows its link as a link', () => {
    const url = 'https://meet.example.vn/hoa-giai-123';
    const sut = render('session_scheduled', 'en', { ...session, place: undefined, onlineUrl: url });
    expect(sut.text).toContain(`Join online at: ${url}`);
    expect(sut.html).toContain(`<a href="${url}"`);
  });

  it('session_rescheduled shows the new time and the one it replaces', () => {
    const sut = render('session_rescheduled', 'vi', {
      ...session,
      previousSessionAt: new Date('2026-12-12T02:00:00Z'),
    }).text;
    expect(sut).toContain('Thời gian: 14:30 ngày 15/12/2026');
    expect(sut).toContain('Lịch cũ (không còn hiệu lực): 09:00 ngày 12/12/2026');
  });

  it('session_cancelled gives the reason as written, escaped in HTML', () => {
    const reason = 'Doanh nghiệp xin dời lịch <b>gấp</b>\nvì người đại diện ốm';
    const sut = render('session_cancelled', 'vi', { ...session, reason });
    expect(sut.text).toContain('Phiên hòa giải hồ sơ TN-2026-000123 vào 14:30 ngày 15/12/2026');
    expect(sut.text).toContain(reason);
    expect(sut.html).toContain('&lt;b&gt;gấp&lt;/b&gt;<br>');
  });

  it.each(['session_scheduled', 'session_rescheduled', 'session_cancelled'] as const)(
    '%s: the business gets no link (it has no page by email), the consumer its tracking page',
    (name) => {
      expect(render(name, 'vi', { ...session, link: '' }).text).not.toContain('/complaints/');
      expect(render(name, 'vi', session).text).toContain(LINK);
    },
  );
});
