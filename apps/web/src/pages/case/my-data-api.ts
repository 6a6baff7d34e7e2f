import { api } from '../../api/client';
import { downloadFile } from '../../api/download';

// The consumer's personal-data rights (Law 91/2025 Art 4). The key travels only in X-Access-Key.
const keyed = (key: string) => ({ 'X-Access-Key': key });
const base = (code: string) => `/complaints/${encodeURIComponent(code)}/my-data`;

export type WithdrawableConsent = 'sensitive' | 'publication' | 'contact_shared';

export interface ConsentState {
  consent: 'data_processing' | WithdrawableConsent;
  given: boolean;
  givenAt: string | null;
  withdrawnAt: string | null;
}

export interface Contact {
  fullName: string;
  phone: string | null;
  email: string | null;
  address: string | null;
}

export interface DataRequest {
  id: string;
  kind: 'erasure' | 'restriction' | 'objection' | 'other';
  status: 'received' | 'answered' | 'completed' | 'refused';
  receivedAt: string;
  answerDueAt: string;
  completeDueAt: string;
  reason: string | null;
}

/** What the page needs of the download: the contact data, the consents and the requests. */
export interface MyDataSummary {
  consumer: Contact;
  consents: ConsentState[];
  requests: DataRequest[];
}

export const getMyData = (code: string, key: string) => api<MyDataSummary>(base(code), { headers: keyed(key) });

export const downloadMyData = (code: string, key: string, format: 'json' | 'pdf') =>
  downloadFile(format === 'pdf' ? `${base(code)}.pdf` : base(code), `${code}-my-data.${format}`, keyed(key));

export const correctContact = (code: string, key: string, body: Partial<Record<keyof Contact, string | null>>) =>
  api<{ changed: string[] }>(`${base(code)}/contact`, { method: 'PATCH', body, headers: keyed(key) });

export const withdrawConsent = (code: string, key: string, consent: WithdrawableConsent) =>
  api<{ explanation: string }>(`${base(code)}/consents/${consent}/withdraw`, { method: 'POST', headers: keyed(key) });

export const askErasure = (code: string, key: string, text: string) =>
  api<{ explanation: string }>(`${base(code)}/requests`, {
    method: 'POST',
    body: { kind: 'erasure', ...(text ? { text } : {}) },
    headers: keyed(key),
  });
