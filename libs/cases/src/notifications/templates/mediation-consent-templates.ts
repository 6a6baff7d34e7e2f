import { ifSet, link, p, present, subject } from './blocks';
import { formatDue } from './format';
import type { Block, Language, TemplateData, TemplateGroup } from './template-types';

// Law 19/2023/QH15 Art 61: mediation rests on the parties' agreement. The consumer hears whether
// the business agreed; without its consent, what remains: court (Arts 70.2, 71.2) or arbitration.

const LAW = {
  vi: 'Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15',
  en: 'Law 19/2023/QH15 on Protection of Consumer Rights',
} as const satisfies Record<Language, string>;

/** Art 70.2: the summary procedure applies to transactions below this value. */
export const SUMMARY_PROCEDURE_LIMIT_VND = 100_000_000;

const money = (amount: number, language: Language): string =>
  language === 'vi' ? `${amount.toLocaleString('vi-VN')} đồng` : `${amount.toLocaleString('en-GB')} VND`;

const organisation = (d: TemplateData, language: Language): string =>
  present(d.organisationName) ? (language === 'vi' ? ` tại ${d.organisationName}` : ` at ${d.organisationName}`) : '';

/** Why there is no mediation: declined, lapsed (with the date it lapsed), or just "not agreed". */
function whyNot(d: TemplateData, language: Language): Block {
  const org = organisation(d, language);
  const due = formatDue(d.dueAt, language);
  if (language === 'vi') {
    if (d.consentFailure === 'declined')
      return p(`Doanh nghiệp đã từ chối giải quyết khiếu nại ${d.trackingCode} bằng hòa giải${org}.`);
    if (d.consentFailure === 'lapsed')
      return p(
        `Doanh nghiệp không trả lời đề nghị hòa giải khiếu nại ${d.trackingCode}${org} trong thời hạn` +
          (due ? ` (${due}).` : '.'),
      );
    return p(`Doanh nghiệp chưa đồng ý giải quyết khiếu nại ${d.trackingCode} bằng hòa giải${org}.`);
  }
  if (d.consentFailure === 'declined')
    return p(`The business has declined to settle complaint ${d.trackingCode} by mediation${org}.`);
  if (d.consentFailure === 'lapsed')
    return p(
      `The business did not answer the request to mediate complaint ${d.trackingCode}${org} in time` +
        (due ? ` (${due}).` : '.'),
    );
  return p(`The business has not agreed to settle complaint ${d.trackingCode} by mediation${org}.`);
}

/** Art 70.2 names a value: say whether this case's transaction is below it, when the case has one. */
function summaryProcedureLine(d: TemplateData, language: Language): Block | undefined {
  const amount = d.amountVnd;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount >= SUMMARY_PROCEDURE_LIMIT_VND) return undefined;
  return p(
    language === 'vi'
      ? `Giá trị giao dịch ghi trong hồ sơ của bạn là ${money(amount, 'vi')}, dưới mức 100.000.000 đồng.`
      : `The transaction in your case is ${money(amount, 'en')}, below 100,000,000 VND.`,
  );
}

/** The mediation organisation's view of the business's answer: agreed, declined or lapsed. */
function answerLine(d: TemplateData, language: Language): Block {
  const org = organisation(d, language);
  if (language === 'vi') {
    if (d.consentFailure === 'declined')
      return p(`Doanh nghiệp đã từ chối hòa giải hồ sơ ${d.trackingCode}${org}. Hồ sơ kết thúc, không hòa giải.`);
    if (d.consentFailure === 'lapsed')
      return p(
        `Doanh nghiệp không trả lời đề nghị hòa giải hồ sơ ${d.trackingCode}${org} trong thời hạn. Hồ sơ kết thúc, không hòa giải.`,
      );
    return p(
      `Doanh nghiệp đã đồng ý hòa giải hồ sơ ${d.trackingCode}${org}. Có thể lên lịch phiên hòa giải; thời hạn hòa giải bắt đầu tính từ hôm nay.`,
    );
  }
  if (d.consentFailure === 'declined')
    return p(`The business declined mediation of case ${d.trackingCode}${org}. The case is closed without mediation.`);
  if (d.consentFailure === 'lapsed')
    return p(
      `The business did not answer the request to mediate case ${d.trackingCode}${org} in time. The case is closed without mediation.`,
    );
  return p(
    `The business agreed to mediation of case ${d.trackingCode}${org}. Sessions can now be scheduled; the mediation period starts today.`,
  );
}

export const MEDIATION_CONSENT_TEMPLATES = {
  mediation_consent_answered: {
    vi: (d) => ({
      subject: subject(d, d.consentFailure ? 'Không tiến hành hòa giải' : 'Doanh nghiệp đồng ý hòa giải'),
      blocks: [answerLine(d, 'vi'), p('Xem hồ sơ tại: ', link(d.link))],
    }),
    en: (d) => ({
      subject: subject(d, d.consentFailure ? 'The mediation will not take place' : 'The business agreed to mediation'),
      blocks: [answerLine(d, 'en'), p('See the case at: ', link(d.link))],
    }),
  },
  mediation_agreed: {
    vi: (d) => ({
      subject: subject(d, 'Doanh nghiệp đồng ý hòa giải'),
      blocks: [
        p('Chào bạn,'),
        p(`Doanh nghiệp đã đồng ý giải quyết khiếu nại ${d.trackingCode} bằng hòa giải${organisation(d, 'vi')}.`),
        p('Hòa giải viên sẽ thông báo thời gian và địa điểm phiên hòa giải.'),
        p('Theo dõi tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'The business agreed to mediation'),
      blocks: [
        p('Hello,'),
        p(`The business has agreed to settle complaint ${d.trackingCode} by mediation${organisation(d, 'en')}.`),
        p('The mediator will tell you the time and place of the mediation session.'),
        p('Follow it at: ', link(d.link)),
      ],
    }),
  },
  mediation_not_agreed: {
    vi: (d) => ({
      subject: subject(d, 'Không tiến hành hòa giải'),
      blocks: [
        p('Chào bạn,'),
        whyNot(d, 'vi'),
        p(
          `Hòa giải chỉ được tiến hành khi các bên đồng ý (Điều 61 ${LAW.vi}), nên hồ sơ kết thúc tại đây mà chưa giải quyết được.`,
        ),
        p('Bạn vẫn có thể:'),
        p(
          'Khởi kiện tại Tòa án: vụ án về bảo vệ quyền lợi người tiêu dùng có giá trị giao dịch dưới 100.000.000 đồng có thể được giải quyết theo thủ tục rút gọn (khoản 2 Điều 70); người tiêu dùng khởi kiện không phải nộp tiền tạm ứng án phí (khoản 2 Điều 71).',
        ),
        summaryProcedureLine(d, 'vi'),
        p('Giải quyết tranh chấp bằng trọng tài, nếu bạn và doanh nghiệp có thỏa thuận trọng tài.'),
        ifSet(d.surveyLink, (survey) => p('Mời bạn cho biết mức độ hài lòng qua phiếu khảo sát: ', link(survey))),
        p('Xem lại hồ sơ tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'The mediation will not take place'),
      blocks: [
        p('Hello,'),
        whyNot(d, 'en'),
        p(
          `Mediation only takes place when both parties agree (Article 61 of ${LAW.en}), so your case ends here without a settlement.`,
        ),
        p('You may still:'),
        p(
          'Go to court: a consumer case about a transaction below 100,000,000 VND may be heard under the summary procedure (Article 70.2), and a consumer who sues pays no court-fee advance (Article 71.2).',
        ),
        summaryProcedureLine(d, 'en'),
        p('Take the dispute to arbitration, if you and the business have an arbitration agreement.'),
        ifSet(d.surveyLink, (survey) => p('Please tell us how satisfied you are in this short survey: ', link(survey))),
        p('See your case at: ', link(d.link)),
      ],
    }),
  },
} satisfies TemplateGroup;
