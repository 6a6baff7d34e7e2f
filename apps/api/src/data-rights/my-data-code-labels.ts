import { labelOf, OUTCOME_CODE_LABELS, PURCHASE_CHANNEL_LABELS, VULNERABLE_GROUP_LABELS } from '@app/domain';
// The consumer's own words for their case, as the web app shows them (apps/web/src/i18n): the
// statuses, the timeline's events, the resolutions asked for, their data requests. Read from the
// catalogs themselves, so that the PDF and the tracking page never say different things.
import webEn from '../../../web/src/i18n/en.json';
import webVi from '../../../web/src/i18n/vi.json';
import type { Language } from '../common/validation/messages';
import { MY_DATA_LABELS } from './my-data-labels';

type Catalog = typeof webVi;
const WEB: Readonly<Record<Language, Catalog>> = { vi: webVi, en: webEn };

/** A code of the consumer's data, by what it is. */
export type CodeKind =
  | 'status'
  | 'event'
  | 'actor'
  | 'channel'
  | 'vulnerableGroup'
  | 'resolution'
  | 'outcome'
  | 'language'
  | 'emailStatus'
  | 'requestKind'
  | 'requestStatus';

const pick = (table: unknown, code: string): string | undefined => {
  if (typeof table !== 'object' || table === null || !Object.hasOwn(table, code)) return undefined;
  const value = (table as Record<string, unknown>)[code];
  if (typeof value === 'string') return value;
  // case.status.<code> is { name, explained }.
  const name = typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : undefined;
};

/**
 * The words for a code in the caller's language; the code itself when no table knows it (a new
 * event, say), so that nothing is ever left out of the download.
 */
export function myDataCodeLabel(kind: CodeKind, code: string, language: Language): string {
  const web = WEB[language];
  const l = MY_DATA_LABELS[language];
  let label: string | undefined;
  switch (kind) {
    case 'status':
      label = pick(web.case.status, code);
      break;
    case 'event':
      label = pick(web.case.event, code);
      break;
    case 'resolution':
      label = pick(web.file.resolutions, code);
      break;
    case 'requestKind':
      label = pick(web.case.myData.requests.kind, code);
      break;
    case 'requestStatus':
      label = pick(web.case.myData.requests.status, code);
      break;
    case 'channel':
      return labelOf(PURCHASE_CHANNEL_LABELS, code, language);
    case 'vulnerableGroup':
      return labelOf(VULNERABLE_GROUP_LABELS, code, language);
    case 'outcome':
      return labelOf(OUTCOME_CODE_LABELS, code, language);
    case 'actor':
      label = pick(l.actor, code);
      break;
    case 'language':
      label = pick(l.languages, code);
      break;
    case 'emailStatus':
      label = pick(l.emailStatus, code);
      break;
  }
  return label ?? code;
}
