import { api } from '../../api/client';
import { downloadFile } from '../../api/download';
import type { MediationSession, PublicOrganisation } from '../../api/types';
import type { ComplaintView, ConsumerAction, EvidenceFile } from './types';

// The key travels only in the X-Access-Key header, never in a URL.
const keyed = (key: string) => ({ 'X-Access-Key': key });
const base = (code: string) => `/complaints/${encodeURIComponent(code)}`;

export const getCase = (code: string, key: string) => api<ComplaintView>(base(code), { headers: keyed(key) });

export const act = (code: string, key: string, action: ConsumerAction, body: Record<string, unknown>) =>
  api<ComplaintView>(`${base(code)}/actions/${action}`, { method: 'POST', body, headers: keyed(key) });

export function uploadEvidence(code: string, key: string, files: readonly File[]) {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  return api<EvidenceFile[]>(`${base(code)}/evidence`, { method: 'POST', body: form, headers: keyed(key) });
}

export const getSessions = (code: string, key: string) =>
  api<MediationSession[]>(`${base(code)}/sessions`, { headers: keyed(key) });

/** Saves the session's .ics as the api makes it (the emailed invitation's UID and SEQUENCE). */
export const downloadSessionCalendar = (code: string, key: string, sessionId: string, fallbackName: string) =>
  downloadFile(`${base(code)}/sessions/${encodeURIComponent(sessionId)}/calendar.ics`, fallbackName, keyed(key));

/** Saves a record's PDF under the api's name for it (`<code>-<kind>.pdf`). */
export const downloadRecord = (code: string, key: string, kind: string) =>
  downloadFile(`${base(code)}/records/${kind}`, `${code}-${kind}.pdf`, keyed(key));

export const answerPerformance = (code: string, key: string, body: { performed: boolean; comment?: string }) =>
  api<unknown>(`${base(code)}/performance`, { method: 'POST', body, headers: keyed(key) });

export const rate = (code: string, key: string, body: { score: number; comment?: string }) =>
  api<ComplaintView>(`${base(code)}/rating`, { method: 'POST', body, headers: keyed(key) });

export const getOrganisations = () => api<PublicOrganisation[]>('/public/mediation-organisations');
