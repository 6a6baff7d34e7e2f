import { ACCOUNT_TEMPLATES } from './account-templates';
import { ASSIGNMENT_TEMPLATES } from './assignment-templates';
import { BREACH_TEMPLATES } from './breach-templates';
import { CASE_TEMPLATES } from './case-templates';
import { CLOCK_TEMPLATES } from './clock-templates';
import { DATA_REQUEST_REMINDER_TEMPLATES } from './data-request-reminder-templates';
import { DATA_RIGHTS_TEMPLATES } from './data-rights-templates';
import { EXTENSION_TEMPLATES } from './extension-templates';
import { FOLLOW_UP_TEMPLATES } from './follow-up-templates';
import { htmlLayout } from './html-layout';
import { MEDIATION_CONSENT_TEMPLATES } from './mediation-consent-templates';
import { MEDIATION_TEMPLATES } from './mediation-templates';
import { NEGOTIATION_TEMPLATES } from './negotiation-templates';
import { plainText } from './plain-text';
import { RECEPTION_TEMPLATES } from './reception-templates';
import { SESSION_TEMPLATES } from './session-templates';
import {
  type Block,
  CASELESS_TEMPLATES,
  type Language,
  type Rendered,
  type Template,
  type TemplateData,
  type TemplateName,
} from './template-types';

// Typed as the full record: a template name without a template does not compile.
const TEMPLATES: Readonly<Record<TemplateName, Template>> = {
  ...CASE_TEMPLATES,
  ...RECEPTION_TEMPLATES,
  ...NEGOTIATION_TEMPLATES,
  ...MEDIATION_TEMPLATES,
  ...MEDIATION_CONSENT_TEMPLATES,
  ...SESSION_TEMPLATES,
  ...ASSIGNMENT_TEMPLATES,
  ...EXTENSION_TEMPLATES,
  ...CLOCK_TEMPLATES,
  ...FOLLOW_UP_TEMPLATES,
  ...ACCOUNT_TEMPLATES,
  ...DATA_RIGHTS_TEMPLATES,
  ...BREACH_TEMPLATES,
  ...DATA_REQUEST_REMINDER_TEMPLATES,
};

// An email about no case (a staff account's) has no reference to name.
const FOOTER: Readonly<Record<Language, (trackingCode: string | null) => string>> = {
  vi: (code) =>
    `Thư được gửi tự động từ hệ thống tiếp nhận khiếu nại của người tiêu dùng.${code ? ` Mã hồ sơ: ${code}.` : ''}`,
  en: (code) =>
    `This email was sent automatically by the consumer complaint system.${code ? ` Case reference: ${code}.` : ''}`,
};

/** Whether the template's emails hold a secret (a key, a link token), so their body is not kept once sent. */
export function templateCarriesSecret(name: TemplateName): boolean {
  return TEMPLATES[name].carriesSecret === true;
}

/** Renders a case email: subject, plain text and HTML from the same blocks. Vietnamese by default. */
export function render(name: TemplateName, language: Language, data: TemplateData): Rendered {
  const lang: Language = language === 'en' ? 'en' : 'vi';
  const email = TEMPLATES[name][lang](data);
  const blocks: Block[] = [
    ...email.blocks.filter((b): b is Block => b !== undefined),
    { kind: 'note', text: FOOTER[lang](CASELESS_TEMPLATES.includes(name) ? null : data.trackingCode) },
  ];
  return { subject: email.subject, text: plainText(blocks), html: htmlLayout(email.subject, lang, blocks) };
}
