type Language = 'vi' | 'en';

export interface Rendered {
  subject: string;
  text: string;
}

export type TemplateName =
  | 'complaint_received'
  | 'info_requested'
  | 'forwarded_to_business'
  | 'business_responded'
  | 'case_closed'
  | 'message'
  | 'message_to_business';

export interface TemplateData {
  trackingCode: string;
  link: string;
  accessKey?: string;
  question?: string;
  body?: string;
  status?: string;
  deadlineWorkingDays?: number;
}

type Template = Record<Language, (d: TemplateData) => Rendered>;

// Every case email carries the tracking code and a link. Vietnamese first, English on request.
const TEMPLATES: Record<TemplateName, Template> = {
  complaint_received: {
    vi: (d) => ({
      subject: `[${d.trackingCode}] Đã tiếp nhận khiếu nại của bạn`,
      text: `Khiếu nại của bạn đã được tiếp nhận với mã ${d.trackingCode}.\nMã truy cập (giữ bí mật, chỉ gửi một lần): ${d.accessKey}\nTheo dõi tại: ${d.link}\n`,
    }),
    en: (d) => ({
      subject: `[${d.trackingCode}] We have received your complaint`,
      text: `Your complaint was received as ${d.trackingCode}.\nAccess key (keep it secret; sent only once): ${d.accessKey}\nFollow it at: ${d.link}\n`,
    }),
  },
  info_requested: {
    vi: (d) => ({
      subject: `[${d.trackingCode}] Đề nghị bổ sung thông tin`,
      text: `Cơ quan tiếp nhận đề nghị bạn bổ sung thông tin:\n\n${d.question}\n\nTrả lời tại: ${d.link}\n`,
    }),
    en: (d) => ({
      subject: `[${d.trackingCode}] More information needed`,
      text: `The handling body asks you for more information:\n\n${d.question}\n\nAnswer at: ${d.link}\n`,
    }),
  },
  forwarded_to_business: {
    vi: (d) => ({
      subject: `[${d.trackingCode}] Yêu cầu thương lượng của người tiêu dùng`,
      text: `Theo Điều 57 Luật Bảo vệ quyền lợi người tiêu dùng 2023, doanh nghiệp tiến hành thương lượng trong ${d.deadlineWorkingDays} ngày làm việc kể từ ngày nhận yêu cầu.\nXem và trả lời tại đường dẫn bảo mật: ${d.link}\n`,
    }),
    en: (d) => ({
      subject: `[${d.trackingCode}] A consumer's request to negotiate`,
      text: `Under Article 57 of the 2023 Consumer Protection Law, the business must negotiate within ${d.deadlineWorkingDays} working days of receiving the request.\nRead and answer through this secure link: ${d.link}\n`,
    }),
  },
  business_responded: {
    vi: (d) => ({
      subject: `[${d.trackingCode}] Doanh nghiệp đã trả lời`,
      text: `Doanh nghiệp đã trả lời khiếu nại ${d.trackingCode}. Xem và chấp nhận hoặc từ chối tại: ${d.link}\n`,
    }),
    en: (d) => ({
      subject: `[${d.trackingCode}] The business has answered`,
      text: `The business answered complaint ${d.trackingCode}. Read it and accept or reject at: ${d.link}\n`,
    }),
  },
  case_closed: {
    vi: (d) => ({
      subject: `[${d.trackingCode}] Hồ sơ đã kết thúc`,
      text: `Hồ sơ ${d.trackingCode} đã kết thúc (${d.status}). Mời bạn đánh giá kết quả tại: ${d.link}\n`,
    }),
    en: (d) => ({
      subject: `[${d.trackingCode}] Your case is closed`,
      text: `Case ${d.trackingCode} is closed (${d.status}). Please rate the outcome at: ${d.link}\n`,
    }),
  },
  message: {
    vi: (d) => ({ subject: `[${d.trackingCode}] Tin nhắn về hồ sơ`, text: `${d.body}\n\n${d.link}\n` }),
    en: (d) => ({ subject: `[${d.trackingCode}] A message about your case`, text: `${d.body}\n\n${d.link}\n` }),
  },
  // The business's secure link is a secret sent once; a message reminds it to answer through it.
  message_to_business: {
    vi: (d) => ({
      subject: `[${d.trackingCode}] Tin nhắn về khiếu nại của người tiêu dùng`,
      text: `${d.body}\n\nVui lòng trả lời qua đường dẫn bảo mật đã được gửi cho doanh nghiệp.\n`,
    }),
    en: (d) => ({
      subject: `[${d.trackingCode}] A message about a consumer complaint`,
      text: `${d.body}\n\nPlease answer through the secure link sent to your business.\n`,
    }),
  },
};

export function render(name: TemplateName, language: Language, data: TemplateData): Rendered {
  return TEMPLATES[name][language](data);
}
