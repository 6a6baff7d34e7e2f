import { ifSet, p, quote, strong } from './blocks';
import { formatDateTime } from './format';
import type { TemplateGroup } from './template-types';

/**
 * Reminders to the admins about a personal-data breach the authority has not been told of (Law
 * 91/2025/QH15 Art 23: within 72 hours of discovery; libs/domain breach-rules). No link: the
 * register is read and updated by admins through the api (`/api/v1/admin/breaches`).
 */
export const BREACH_TEMPLATES = {
  breach_notice_reminder: {
    vi: (d) => ({
      subject: `Còn ${d.hoursLeft ?? ''} giờ để thông báo vi phạm dữ liệu cá nhân cho cơ quan chức năng`,
      blocks: [
        ifSet(formatDateTime(d.discoveredAt, 'vi'), (at) =>
          p(`Một vi phạm dữ liệu cá nhân được phát hiện lúc ${at} chưa được thông báo cho Bộ Công an.`),
        ),
        ifSet(formatDateTime(d.dueAt, 'vi'), (at) =>
          p('Hạn thông báo: ', strong(at), ` (72 giờ kể từ khi phát hiện, ${d.legalBasis ?? ''}).`),
        ),
        quote(d.body),
        p('Sau khi thông báo, ghi ngày thông báo và số hiệu vào sổ theo dõi vi phạm để dừng nhắc việc này.'),
      ],
    }),
    en: (d) => ({
      subject: `${d.hoursLeft ?? ''} hour${d.hoursLeft === 1 ? '' : 's'} left to report a personal-data breach to the authority`,
      blocks: [
        ifSet(formatDateTime(d.discoveredAt, 'en'), (at) =>
          p(`A personal-data breach discovered at ${at} has not been reported to the Ministry of Public Security.`),
        ),
        ifSet(formatDateTime(d.dueAt, 'en'), (at) =>
          p('Report it by ', strong(at), ` (72 hours from discovery, ${d.legalBasis ?? ''}).`),
        ),
        quote(d.body),
        p('Once it is reported, record the date and reference in the breach register to stop these reminders.'),
      ],
    }),
  },
  breach_notice_missed: {
    vi: (d) => ({
      subject: 'Đã quá hạn 72 giờ thông báo vi phạm dữ liệu cá nhân',
      blocks: [
        ifSet(formatDateTime(d.dueAt, 'vi'), (at) =>
          p(
            `Hạn thông báo vi phạm dữ liệu cá nhân cho Bộ Công an đã hết lúc ${at} (${d.legalBasis ?? ''}).`,
            ' Hãy thông báo ngay và nêu lý do thông báo chậm.',
          ),
        ),
        ifSet(formatDateTime(d.discoveredAt, 'vi'), (at) => p(`Vi phạm được phát hiện lúc ${at}.`)),
        quote(d.body),
        p('Sau khi thông báo, ghi ngày thông báo và số hiệu vào sổ theo dõi vi phạm.'),
      ],
    }),
    en: (d) => ({
      subject: 'The 72 hours to report a personal-data breach are over',
      blocks: [
        ifSet(formatDateTime(d.dueAt, 'en'), (at) =>
          p(
            `The time to report a personal-data breach to the Ministry of Public Security ended at ${at} (${d.legalBasis ?? ''}).`,
            ' Report it now and say why the report is late.',
          ),
        ),
        ifSet(formatDateTime(d.discoveredAt, 'en'), (at) => p(`The breach was discovered at ${at}.`)),
        quote(d.body),
        p('Once it is reported, record the date and reference in the breach register.'),
      ],
    }),
  },
} satisfies TemplateGroup;
