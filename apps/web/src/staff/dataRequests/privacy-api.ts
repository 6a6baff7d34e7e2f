import { staffApi, staffBlob } from '../session/staff-api';
import type { AccessLogPage, Breach, DataRequestDecision, DataRequestPage, StaffDataRequest } from './types';

// The staff routes for personal-data work: apps/api/src/data-rights (data-requests.controller.ts),
// apps/api/src/admin/breaches and apps/api/src/admin/access-log.controller.ts.

const query = (params: Record<string, string | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
};

export interface NewBreach {
  discoveredAt: string;
  description: string;
  dataCategories: string[];
  approximatePeople?: number;
  consequences?: string;
  measures?: string;
}

export interface BreachChange {
  authorityNotifiedAt?: string;
  authorityReference?: string;
  subjectsNotifiedAt?: string;
  close?: true;
}

export const privacyApi = {
  dataRequests: (filters: { status?: string; cursor?: string; limit?: string }) =>
    staffApi<DataRequestPage>(`/data-requests${query(filters)}`),
  decide: (id: string, body: { decision: DataRequestDecision; reason?: string }) =>
    staffApi<StaffDataRequest>(`/data-requests/${id}/decision`, { method: 'POST', body }),
  breaches: () => staffApi<{ items: Breach[] }>('/admin/breaches'),
  recordBreach: (body: NewBreach) => staffApi<Breach>('/admin/breaches', { method: 'POST', body }),
  updateBreach: (id: string, body: BreachChange) =>
    staffApi<Breach>(`/admin/breaches/${id}`, { method: 'PATCH', body }),
  breachExport: (format: 'csv' | 'xlsx') => staffBlob(`/admin/breaches/export?format=${format}`),
  accessLog: (filters: { caseId?: string; userId?: string; cursor?: string }) =>
    staffApi<AccessLogPage>(`/admin/access-log${query(filters)}`),
};
