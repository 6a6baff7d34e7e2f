import { ifSet, link, p, quote, subject } from './blocks';
import { formatDue } from './format';
import type { TemplateGroup } from './template-types';

/**
 * To both parties when the mediator (or the organisation's admin) extends the mediation: the new
 * date and why (the mediation policy: 30 days, extendable; domain.md §2). The business has no page
 * to follow the case on by email (its secure link was sent once): no link then.
 */
export const EXTENSION_TEMPLATES = {
  mediation_extended: {
    vi: (d) => ({
      subject: subject(d, 'Gia hạn thời gian hòa giải'),
      blocks: [
        p('Xin chào,'),
        p(
          d.organisationName
            ? `${d.organisationName} đã gia hạn thời gian hòa giải hồ sơ ${d.trackingCode}.`
            : `Thời gian hòa giải hồ sơ ${d.trackingCode} đã được gia hạn.`,
        ),
        ifSet(formatDue(d.dueAt, 'vi'), (due) => p(`Thời hạn mới: ${due}.`)),
        ifSet(formatDue(d.previousDueAt, 'vi'), (due) => p(`Thời hạn trước đây: ${due}.`)),
        ifSet(d.reason, () => p('Lý do gia hạn:')),
        quote(d.reason),
        ifSet(d.link || undefined, (url) => p('Xem chi tiết tại: ', link(url))),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'The mediation has been extended'),
      blocks: [
        p('Hello,'),
        p(
          d.organisationName
            ? `${d.organisationName} has extended the mediation of case ${d.trackingCode}.`
            : `The mediation of case ${d.trackingCode} has been extended.`,
        ),
        ifSet(formatDue(d.dueAt, 'en'), (due) => p(`New deadline: ${due}.`)),
        ifSet(formatDue(d.previousDueAt, 'en'), (due) => p(`Previous deadline: ${due}.`)),
        ifSet(d.reason, () => p('Why:')),
        quote(d.reason),
        ifSet(d.link || undefined, (url) => p('See the details at: ', link(url))),
      ],
    }),
  },
} satisfies TemplateGroup;
