import { ifSet, link, p, present, quote, strong, subject } from './blocks';
import { formatDue } from './format';
import { outcomeLabel } from './outcome-labels';
import type { TemplateGroup } from './template-types';

/** Emails to the consumer about their case: receipt, questions, the business's answer, closure. */
/**
 * The acknowledgement's link opens the case directly: the key rides in the fragment (`#key=…`),
 * which the browser never sends to a server, and the page keeps it for the session only.
 */
const withKey = (link: string, key: string | undefined): string =>
  key ? `${link}#key=${encodeURIComponent(key)}` : link;

export const CASE_TEMPLATES = {
  complaint_received: {
    vi: (d) => ({
      subject: subject(d, 'Đã tiếp nhận khiếu nại của bạn'),
      blocks: [
        p('Chào bạn,'),
        p(`Khiếu nại của bạn đã được tiếp nhận với mã ${d.trackingCode}.`),
        ifSet(d.accessKey, (key) => p('Mã truy cập (giữ bí mật, chỉ gửi một lần): ', strong(key))),
        p('Theo dõi tại (mở ngay, không cần nhập mã): ', link(withKey(d.link, d.accessKey))),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'We have received your complaint'),
      blocks: [
        p('Hello,'),
        p(`Your complaint was received as ${d.trackingCode}.`),
        ifSet(d.accessKey, (key) => p('Access key (keep it secret; sent only once): ', strong(key))),
        p('Follow it at (opens directly, no need to type the key): ', link(withKey(d.link, d.accessKey))),
      ],
    }),
  },
  access_key_reissued: {
    vi: (d) => ({
      subject: subject(d, 'Mã truy cập mới cho khiếu nại của bạn'),
      blocks: [
        p('Chào bạn,'),
        p(`Bạn (hoặc ai đó biết mã ${d.trackingCode} và email của bạn) vừa xin mã truy cập mới.`),
        ifSet(d.accessKey, (key) => p('Mã truy cập mới (giữ bí mật): ', strong(key))),
        p('Mã cũ không dùng được nữa. Nếu bạn không xin mã mới, hãy báo cho cơ quan tiếp nhận.'),
        p('Theo dõi tại (mở ngay, không cần nhập mã): ', link(withKey(d.link, d.accessKey))),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'A new access key for your complaint'),
      blocks: [
        p('Hello,'),
        p(`You (or someone who knows the code ${d.trackingCode} and your email) asked for a new access key.`),
        ifSet(d.accessKey, (key) => p('New access key (keep it secret): ', strong(key))),
        p('The old key no longer works. If you did not ask for a new one, tell the handling body.'),
        p('Follow it at (opens directly, no need to type the key): ', link(withKey(d.link, d.accessKey))),
      ],
    }),
  },
  info_requested: {
    vi: (d) => ({
      subject: subject(d, 'Đề nghị bổ sung thông tin'),
      blocks: [
        p('Chào bạn,'),
        p(
          `Cơ quan tiếp nhận đề nghị bạn bổ sung thông tin cho hồ sơ ${d.trackingCode}${present(d.question) ? ':' : '.'}`,
        ),
        quote(d.question),
        ifSet(formatDue(d.dueAt, 'vi'), (due) => p(`Vui lòng trả lời chậm nhất là ${due}.`)),
        p('Trả lời tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'More information needed'),
      blocks: [
        p('Hello,'),
        p(
          `The handling body asks you for more information about case ${d.trackingCode}${present(d.question) ? ':' : '.'}`,
        ),
        quote(d.question),
        ifSet(formatDue(d.dueAt, 'en'), (due) => p(`Please answer before the deadline: ${due}.`)),
        p('Answer at: ', link(d.link)),
      ],
    }),
  },
  business_responded: {
    vi: (d) => ({
      subject: subject(d, 'Doanh nghiệp đã trả lời'),
      blocks: [
        p('Chào bạn,'),
        p(`Doanh nghiệp đã trả lời khiếu nại ${d.trackingCode}.`),
        p('Xem và chấp nhận hoặc từ chối tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'The business has answered'),
      blocks: [
        p('Hello,'),
        p(`The business answered complaint ${d.trackingCode}.`),
        p('Read it and accept or reject at: ', link(d.link)),
      ],
    }),
  },
  case_closed: {
    vi: (d) => ({
      subject: subject(d, 'Hồ sơ đã kết thúc'),
      blocks: [
        p('Chào bạn,'),
        p(`Hồ sơ ${d.trackingCode} đã kết thúc.`),
        ifSet(outcomeLabel(d.status, 'vi'), (outcome) => p(`Kết quả: ${outcome}.`)),
        ...(present(d.surveyLink)
          ? [
              p('Mời bạn cho biết mức độ hài lòng qua phiếu khảo sát: ', link(d.surveyLink)),
              p('Xem lại hồ sơ tại: ', link(d.link)),
            ]
          : [p('Mời bạn xem và đánh giá kết quả tại: ', link(d.link))]),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Your case is closed'),
      blocks: [
        p('Hello,'),
        p(`Case ${d.trackingCode} is closed.`),
        ifSet(outcomeLabel(d.status, 'en'), (outcome) => p(`Outcome: ${outcome}.`)),
        ...(present(d.surveyLink)
          ? [
              p('Please tell us how satisfied you are in this short survey: ', link(d.surveyLink)),
              p('See your case at: ', link(d.link)),
            ]
          : [p('Please see and rate the outcome at: ', link(d.link))]),
      ],
    }),
  },
  message: {
    vi: (d) => ({
      subject: subject(d, 'Tin nhắn về hồ sơ'),
      blocks: [
        p(`Bạn có tin nhắn mới về hồ sơ ${d.trackingCode}${present(d.body) ? ':' : '.'}`),
        quote(d.body),
        p('Xem và trả lời tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'A message about your case'),
      blocks: [
        p(`You have a new message about case ${d.trackingCode}${present(d.body) ? ':' : '.'}`),
        quote(d.body),
        p('Read and answer at: ', link(d.link)),
      ],
    }),
  },
} satisfies TemplateGroup;
