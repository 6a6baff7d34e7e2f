import { saveBlob } from '../../api/download';
import { staffApi, staffBlob } from '../session/staff-api';
import type {
  MediationCase,
  MediatorProfile,
  QueueCounts,
  QueuePage,
  QueueView,
  StaffSession,
  Suggestions,
} from './types';

// The mediation routes of the api (apps/api/src/mediation/**), as the staff pages call them.

const query = (params: Record<string, string | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const mediationApi = {
  counts: (filters: Record<string, string | undefined> = {}) =>
    staffApi<QueueCounts>(`/mediation/queues${query(filters)}`),
  queue: (view: QueueView, filters: Record<string, string | undefined> = {}) =>
    staffApi<QueuePage>(`/mediation/queues/${view}${query(filters)}`),
  mediators: (organisationId: string) =>
    staffApi<MediatorProfile[]>(`/mediation/organisations/${organisationId}/mediators`),
  case: (caseId: string) => staffApi<MediationCase>(`/cases/${caseId}`),
  suggestions: (caseId: string) => staffApi<Suggestions>(`/cases/${caseId}/mediator-suggestions`),
  assign: (caseId: string, body: { mediatorId: string; interpreter?: boolean; consumerLanguage?: string }) =>
    staffApi<MediationCase>(`/cases/${caseId}/mediator`, { method: 'POST', body }),
  decline: (caseId: string, body: { reason: string; conflict?: boolean }) =>
    staffApi<unknown>(`/cases/${caseId}/mediator/decline`, { method: 'POST', body }),
  sessions: (caseId: string) => staffApi<StaffSession[]>(`/cases/${caseId}/sessions`),
  schedule: (caseId: string, body: SessionInput) =>
    staffApi<StaffSession>(`/cases/${caseId}/sessions`, { method: 'POST', body }),
  reschedule: (caseId: string, sessionId: string, body: Partial<SessionInput>) =>
    staffApi<StaffSession>(`/cases/${caseId}/sessions/${sessionId}`, { method: 'PATCH', body }),
  cancel: (caseId: string, sessionId: string, reason: string) =>
    staffApi<StaffSession>(`/cases/${caseId}/sessions/${sessionId}/cancel`, { method: 'POST', body: { reason } }),
  recordSession: (caseId: string, sessionId: string, body: SessionRecordInput) =>
    staffApi<StaffSession>(`/cases/${caseId}/sessions/${sessionId}/record`, { method: 'POST', body }),
  extend: (caseId: string, body: { dueDate: string; reason: string }) =>
    staffApi<MediationCase>(`/cases/${caseId}/mediation/extension`, { method: 'POST', body }),
  recordResult: (caseId: string, body: Record<string, unknown>) =>
    staffApi<MediationCase>(`/cases/${caseId}/actions/record_mediation_result`, { method: 'POST', body }),
  paperConsent: (caseId: string, form: FormData) =>
    staffApi<MediationCase>(`/cases/${caseId}/mediation-consent`, { method: 'POST', body: form }),
  /** The record as a PDF download ("TN-2026-000001-mediation-success.pdf"). */
  async downloadRecord(caseId: string, trackingCode: string, kind: string): Promise<void> {
    saveBlob(await staffBlob(`/cases/${caseId}/records/${kind}`), `${trackingCode}-${kind}.pdf`);
  },
};

export interface SessionInput {
  mode: 'in_person' | 'online';
  place?: string;
  onlineUrl?: string;
  startsAt: string;
  durationMinutes: number;
}

export interface SessionRecordInput {
  attendance: { consumer: boolean; business: boolean; interpreter?: boolean; others?: string };
  minutes: string;
}
