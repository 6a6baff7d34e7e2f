import { render, type TemplateData } from '@app/cases/notifications/templates';

// Law 19 Art 57.5: every email that asks the business for the result report says how to make it —
// through the link it negotiated with — and a missed report is not presented as the consumer's cue.

const report: TemplateData = {
  trackingCode: 'TN-2026-000123',
  link: 'https://khieunai.example.vn/business/secret',
  deadlineKind: 'business_result_report',
  dueAt: new Date('2026-03-09T17:00:00Z'),
  legalBasis: 'Law 19/2023/QH15 Art 57.5 (from the end of negotiation)',
};

describe('emails about the result report', () => {
  it('Law 19 Art 57.5: proposal_accepted asks for the negotiation’s result through the link the business negotiated with', () => {
    expect(render('proposal_accepted', 'vi', report).text).toMatch(
      /kết quả thương lượng.*5 ngày làm việc[\s\S]*đường dẫn bảo mật doanh nghiệp đã dùng để thương lượng/,
    );
    expect(render('proposal_accepted', 'en', report).text).toMatch(
      /report its result within 5 working days[\s\S]*the secure link your business negotiated with/,
    );
    expect(render('proposal_accepted', 'en', report).text).not.toContain('carrying it out');
  });

  it('Law 19 Art 57.5: the reminder to the business says to report through its negotiation link', () => {
    expect(render('deadline_reminder_business', 'vi', report).text).toContain(
      'báo cáo kết quả thương lượng qua đường dẫn',
    );
    expect(render('deadline_reminder_business', 'en', report).text).toContain(
      'report the result of the negotiation through the secure link your business negotiated with',
    );
  });

  it('Law 19 Art 57.5: a missed report tells the business to report, not what the consumer may do next', () => {
    const vi = render('deadline_breached_business', 'vi', report);
    const en = render('deadline_breached_business', 'en', report);
    expect(vi.subject).toContain('báo cáo kết quả thương lượng');
    expect(vi.text).toContain('chưa báo cáo');
    expect(vi.text).not.toContain('yêu cầu hòa giải');
    expect(en.subject).toContain('report a negotiation result');
    expect(en.text).toContain('without a report');
    expect(en.text).not.toContain('request mediation');
    // Other business deadlines keep the consumer's options (Art 56.3).
    const answer = render('deadline_breached_business', 'en', { ...report, deadlineKind: 'business_negotiation' });
    expect(answer.text).toContain('request mediation');
  });

  it('Law 19 Art 57.5: the mediation email to the business asks for the negotiation’s result only when a negotiation ended', () => {
    const afterNegotiation = { ...report, resultReportDue: true };
    expect(render('mediation_business', 'vi', afterNegotiation).text).toContain('khoản 5 Điều 57');
    expect(render('mediation_business', 'en', afterNegotiation).text).toContain(
      'report its result through the secure link your business negotiated with',
    );
    expect(render('mediation_business', 'en', report).text).not.toContain('Article 57.5');
  });
});
