import { DEADLINE_KINDS } from '@app/domain/deadlines';
import {
  CASELESS_TEMPLATES,
  deadlineLabel,
  escapeHtml,
  formatDateTime,
  formatDue,
  LINKLESS_TEMPLATES,
  render,
  TEMPLATE_NAMES,
  templateCarriesSecret,
  type Language,
  type TemplateData,
  type TemplateName,
} from '@app/cases/notifications/templates';

const CODE = 'TN-2026-000123';
const LINK = 'https://khieunai.example.vn/complaints/TN-2026-000123';
const SCRIPT = '<script>alert(1)</script>';

const minimal: TemplateData = { trackingCode: CODE, link: LINK };
const full: TemplateData = {
  trackingCode: CODE,
  link: LINK,
  accessKey: 'k3y-S3cret-0nce',
  question: `Xin gửi ảnh hóa đơn ${SCRIPT}\nvà phiếu bảo hành`,
  body: `Đề nghị trả lời sớm ${SCRIPT}\nXin cảm ơn`,
  status: 'resolved',
  deadlineWorkingDays: 7,
  deadlineKind: 'business_negotiation',
  dueAt: new Date('2026-03-02T17:00:00Z'),
  legalBasis: 'Law 19/2023/QH15 Art 57.2',
  surveyLink: 'https://khieunai.example.vn/survey/abc',
  sessionAt: new Date('2026-03-05T07:30:00Z'),
  place: 'Phòng 204, Sở Công Thương',
  organisationName: 'Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Thái Nguyên',
  handlingUnitName: 'Sở Công Thương tỉnh Thái Nguyên',
  authorityName: 'Sở Y tế',
  authorityKind: 'competent_authority',
  refusalGround: 'c',
  caseSummary: {
    product: 'Nồi cơm điện',
    description: `Hỏng sau một tuần ${SCRIPT}`,
    amountVnd: 1_500_000,
    business: { name: 'Cửa hàng Ví Dụ', taxCode: '4600123456' },
    consumer: null,
  },
};

const LANGUAGES: readonly Language[] = ['vi', 'en'];
const everyTemplate = TEMPLATE_NAMES.flatMap((name) => LANGUAGES.map((language) => [name, language] as const));
const noLink = (name: TemplateName): boolean => LINKLESS_TEMPLATES.includes(name);
const all = (name: TemplateName, language: Language, data: TemplateData): string => {
  const sut = render(name, language, data);
  return `${sut.subject}\n${sut.text}\n${sut.html}`;
};

describe(render.name, () => {
  it('has every email the notifications issue lists, each named once', () => {
    expect(new Set(TEMPLATE_NAMES).size).toBe(TEMPLATE_NAMES.length);
    expect(TEMPLATE_NAMES).toEqual(
      expect.arrayContaining([
        'complaint_received',
        'info_requested',
        'forwarded_to_business',
        'business_responded',
        'proposal_accepted',
        'proposal_rejected',
        'mediation_requested',
        'mediator_assigned',
        'mediation_scheduled',
        'mediation_result',
        'deadline_reminder_staff',
        'deadline_reminder_business',
        'deadline_reminder_consumer',
        'deadline_breached_staff',
        'business_deadline_missed',
        'deadline_escalated',
        'case_closed',
      ]),
    );
    expect(LINKLESS_TEMPLATES).toEqual(
      expect.arrayContaining(['message_to_business', 'deadline_reminder_business', 'deadline_breached_business']),
    );
  });

  describe.each(everyTemplate)('%s (%s)', (name, language) => {
    it(
      CASELESS_TEMPLATES.includes(name) ? 'names no case in the subject' : 'puts [CODE] at the start of the subject',
      () => {
        const expected = !CASELESS_TEMPLATES.includes(name);
        expect(render(name, language, full).subject.startsWith(`[${CODE}] `)).toBe(expected);
        expect(render(name, language, minimal).subject.startsWith(`[${CODE}] `)).toBe(expected);
      },
    );

    it(noLink(name) ? 'never shows the link' : 'shows the link in text and HTML', () => {
      for (const data of [full, minimal]) {
        const sut = render(name, language, data);
        if (noLink(name)) {
          expect(sut.text).not.toContain(LINK);
          expect(sut.html).not.toContain(LINK);
        } else {
          expect(sut.text).toContain(LINK);
          expect(sut.html).toContain(`<a href="${LINK}`);
        }
      }
    });

    it.each([
      ['full', full],
      ['minimal', minimal],
    ])('never prints undefined, null or NaN (%s data)', (_, data) => {
      const out = all(name, language, data);
      expect(out).not.toMatch(/undefined|null|NaN|Invalid Date|\[object/i);
      expect(render(name, language, data).text.trim()).not.toBe('');
    });

    it('is a whole HTML document in the right language, with user text escaped', () => {
      const { html } = render(name, language, full);
      expect(html.startsWith('<!doctype html>\n')).toBe(true);
      expect(html).toContain(`<html lang="${language}">`);
      expect(html.trimEnd().endsWith('</html>')).toBe(true);
      expect(html).not.toContain('<script');
      expect(html).not.toMatch(/src=|<link|@import/);
    });

    it('differs between Vietnamese and English', () => {
      const other = language === 'vi' ? 'en' : 'vi';
      expect(render(name, language, full).text).not.toBe(render(name, other, full).text);
      expect(render(name, language, full).subject).not.toBe(render(name, other, full).subject);
    });
  });

  it.each([
    ['info_requested', 'question'],
    ['message', 'body'],
    ['message_to_business', 'body'],
  ] as const)('%s: escapes <script> in %s and keeps its line breaks', (name, field) => {
    for (const language of LANGUAGES) {
      const sut = render(name, language, full);
      expect(sut.text).toContain(full[field]);
      expect(sut.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;<br>');
      expect(sut.html).not.toContain('<script');
    }
  });

  it('escapes every interpolated value, and a link that is not a web link is no anchor', () => {
    const sut = render('mediation_scheduled', 'en', {
      ...full,
      place: `"Hall" & <b>1</b>`,
      link: 'javascript:alert(1)',
    });
    expect(sut.html).toContain('&quot;Hall&quot; &amp; &lt;b&gt;1&lt;/b&gt;');
    expect(sut.html).not.toContain('href="javascript');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('staff_password_link is marked as carrying a secret, names no case, and links with the token in the fragment', () => {
    expect(templateCarriesSecret('staff_password_link')).toBe(true);
    expect(templateCarriesSecret('case_closed')).toBe(false);
    const link = 'https://khieunai.example.vn/staff/set-password#token=abc';
    const sut = render('staff_password_link', 'vi', {
      trackingCode: '',
      link,
      fullName: 'Nguyễn Thị Lan',
      linkExpiresAt: new Date('2026-12-08T02:00:00Z'),
    });
    expect(sut.subject).toBe('Đặt mật khẩu cho tài khoản của bạn');
    expect(sut.text).toContain(link);
    expect(sut.text).toContain('Chào Nguyễn Thị Lan,');
    expect(sut.text).toContain('09:00');
    expect(sut.text).not.toContain('Mã hồ sơ');
  });

  it('falls back to Vietnamese for an unknown language', () => {
    expect(render('message', 'fr' as Language, full)).toEqual(render('message', 'vi', full));
  });

  it('complaint_received shows the access key and the link', () => {
    for (const language of LANGUAGES) {
      const sut = render('complaint_received', language, full);
      expect(sut.text).toContain(full.accessKey);
      expect(sut.text).toContain(LINK);
      expect(sut.html).toContain(full.accessKey);
    }
    expect(render('complaint_received', 'vi', minimal).text).not.toContain('Mã truy cập');
  });

  it('complaint_received links to the case with the key in the fragment (#key=…), which no server sees', () => {
    for (const language of LANGUAGES) {
      const sut = render('complaint_received', language, full);
      expect(sut.html).toContain(`<a href="${LINK}#key=${encodeURIComponent(full.accessKey ?? '')}"`);
      expect(sut.text).toContain(`${LINK}#key=${full.accessKey}`);
    }
    // Without a key (a copy of the email sent later), the plain case link.
    expect(render('complaint_received', 'vi', minimal).text).not.toContain('#key=');
  });

  it('forwarded_to_business cites Article 57 and the number of working days, or the legal limit without it', () => {
    const link = 'https://khieunai.example.vn/business/secret-token';
    expect(render('forwarded_to_business', 'vi', { ...full, link }).text).toMatch(/Điều 57.*7 ngày làm việc/);
    expect(render('forwarded_to_business', 'en', { ...full, link }).text).toMatch(/Article 57.*7 working days/);
    expect(render('forwarded_to_business', 'vi', { ...minimal, deadlineWorkingDays: NaN }).text).toContain(
      'Điều 57 Luật Bảo vệ quyền lợi người tiêu dùng 2023, doanh nghiệp tiến hành thương lượng trong thời hạn luật định',
    );
    expect(render('forwarded_to_business', 'en', minimal).text).toContain('within the legal time limit');
  });

  it('message and message_to_business carry the body; the business gets no link', () => {
    expect(render('message', 'vi', full).text).toContain('Đề nghị trả lời sớm');
    const sut = render('message_to_business', 'vi', full);
    expect(sut.text).toContain('Đề nghị trả lời sớm');
    expect(sut.text).toContain('đường dẫn bảo mật');
    expect(sut.text).not.toContain('/complaints/');
  });

  it('case_closed shows the outcome code and invites to the survey when there is one', () => {
    const withSurvey = render('case_closed', 'vi', { ...full, status: 'transferred' });
    expect(withSurvey.text).toContain('transferred');
    expect(withSurvey.text).toContain('đã chuyển cơ quan có thẩm quyền');
    expect(withSurvey.text).toContain(full.surveyLink);
    expect(withSurvey.html).toContain(`<a href="${full.surveyLink}"`);
    const withoutSurvey = render('case_closed', 'en', { ...minimal, status: 'explained' });
    expect(withoutSurvey.text).toContain('Please see and rate the outcome at: ' + LINK);
    expect(render('case_closed', 'en', { ...minimal, status: 'some_new_code' }).text).toContain('some_new_code');
  });

  it('proposal_accepted asks for the result within 5 working days (Art 57.5)', () => {
    expect(render('proposal_accepted', 'vi', full).text).toMatch(/khoản 5 Điều 57.*5 ngày làm việc/);
    expect(render('proposal_accepted', 'en', full).text).toMatch(/Article 57\.5.*5 working days/);
  });

  it('business_deadline_missed cites Article 56 and points to mediation', () => {
    for (const language of LANGUAGES) {
      for (const data of [full, minimal]) {
        const sut = render('business_deadline_missed', language, data);
        expect(sut.text).toContain('56');
        expect(sut.html).toContain('56');
      }
    }
    expect(render('business_deadline_missed', 'vi', minimal).text).toContain('yêu cầu hòa giải');
    expect(render('business_deadline_missed', 'en', minimal).text).toContain('request mediation');
  });

  it('clock emails name the clock, its due instant and its legal basis', () => {
    const vi = render('deadline_reminder_staff', 'vi', full).text;
    expect(vi).toContain('Thời hạn thương lượng của doanh nghiệp đối với hồ sơ TN-2026-000123 sắp hết.');
    expect(vi).toContain('Hạn chót: hết ngày 02/03/2026.');
    expect(vi).toContain('Căn cứ: Law 19/2023/QH15 Art 57.2.');
    const en = render('deadline_escalated', 'en', full).text;
    expect(en).toContain("The business's negotiation deadline for case TN-2026-000123 has run out");
    expect(en).toContain('Due: end of 2 March 2026.');
    expect(render('deadline_reminder_business', 'en', full).text).toContain(
      'before the deadline: end of 2 March 2026.',
    );
    expect(render('deadline_breached_staff', 'vi', minimal).text).toContain('Thời hạn xử lý đối với hồ sơ');
    expect(render('deadline_breached_staff', 'vi', minimal).text).not.toContain('Hạn chót');
  });

  it('mediation_scheduled shows the session in Hanoi time and the place', () => {
    expect(render('mediation_scheduled', 'vi', full).text).toContain('Thời gian: 14:30 ngày 05/03/2026.');
    expect(render('mediation_scheduled', 'en', full).text).toContain('When: 14:30, 5 March 2026.');
    expect(render('mediation_scheduled', 'en', full).text).toContain(full.place);
  });

  it('a date that is not a date is left out', () => {
    const bad = { ...minimal, dueAt: new Date('not a date'), sessionAt: new Date(Number.NaN) };
    for (const name of TEMPLATE_NAMES) {
      for (const language of LANGUAGES) expect(all(name, language, bad)).not.toMatch(/NaN|Invalid/);
    }
  });
});

describe(formatDue.name, () => {
  it.each([
    ['2026-03-02T17:00:00Z', 'hết ngày 02/03/2026', 'end of 2 March 2026'], // 24:00 on 2 Mar in Hanoi
    ['2025-12-31T17:00:00Z', 'hết ngày 31/12/2025', 'end of 31 December 2025'],
    ['2026-03-02T07:30:00Z', '14:30 ngày 02/03/2026', '14:30, 2 March 2026'],
    ['2026-03-02T16:59:00Z', '23:59 ngày 02/03/2026', '23:59, 2 March 2026'],
    ['2026-03-02T17:01:00Z', '00:01 ngày 03/03/2026', '00:01, 3 March 2026'],
  ])('%s → "%s" / "%s"', (iso, vi, en) => {
    expect(formatDue(new Date(iso), 'vi')).toBe(vi);
    expect(formatDue(new Date(iso), 'en')).toBe(en);
  });

  it('gives nothing for a missing or invalid date', () => {
    expect(formatDue(undefined, 'vi')).toBeUndefined();
    expect(formatDue(new Date('x'), 'en')).toBeUndefined();
  });
});

describe(formatDateTime.name, () => {
  it('shows midnight as a time, not as the end of a day', () => {
    expect(formatDateTime(new Date('2026-03-02T17:00:00Z'), 'vi')).toBe('00:00 ngày 03/03/2026');
    expect(formatDateTime(new Date('2026-03-02T17:00:00Z'), 'en')).toBe('00:00, 3 March 2026');
  });
});

describe(deadlineLabel.name, () => {
  it.each(DEADLINE_KINDS)('%s has its own labels in both languages, without numbers', (kind) => {
    const vi = deadlineLabel(kind, 'vi');
    const en = deadlineLabel(kind, 'en');
    expect(vi).not.toBe(en);
    expect(vi).not.toBe(deadlineLabel(undefined, 'vi'));
    expect(en).not.toBe(deadlineLabel(undefined, 'en'));
    expect(`${vi} ${en}`).not.toMatch(/\d/);
  });
});
