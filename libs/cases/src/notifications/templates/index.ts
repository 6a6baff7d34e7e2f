export { render, templateCarriesSecret } from './render';
export {
  CASELESS_TEMPLATES,
  LINKLESS_TEMPLATES,
  TEMPLATE_NAMES,
  type Language,
  type Rendered,
  type TemplateData,
  type TemplateName,
} from './template-types';
export { formatDateTime, formatDue } from './format';
export { deadlineLabel } from './deadline-labels';
export { escapeHtml } from './html-layout';
export type { CaseSummary } from './case-summary';
