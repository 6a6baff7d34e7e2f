import { staffApi } from '../session/staff-api';
import type {
  Account,
  AccountPage,
  CalendarYear,
  CommunePopulation,
  DeadlinePolicy,
  Organisation,
  RoutingRule,
} from './types';

// The admin routes of the api: apps/api/src/accounts, apps/api/src/admin, mediation/organisations.

const query = (params: Record<string, string | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
};

export interface NewAccount {
  email: string;
  fullName: string;
  role: string;
  organisationId?: string;
  supervisor?: boolean;
  language?: 'vi' | 'en';
}

export const adminApi = {
  accounts: (filters: Record<string, string | undefined>) => staffApi<AccountPage>(`/admin/accounts${query(filters)}`),
  createAccount: (body: NewAccount) => staffApi<Account>('/admin/accounts', { method: 'POST', body }),
  updateAccount: (id: string, body: Partial<Pick<Account, 'fullName' | 'role' | 'supervisor' | 'active'>>) =>
    staffApi<Account>(`/admin/accounts/${id}`, { method: 'PATCH', body }),
  sendPasswordLink: (id: string) => staffApi<void>(`/admin/accounts/${id}/password-link`, { method: 'POST' }),
  organisations: () => staffApi<Organisation[]>('/admin/organisations'),
  calendarYear: (year: number) => staffApi<CalendarYear>(`/admin/calendar/years/${year}`),
  saveCalendarYear: (year: number, body: { daysOff: string[]; workingDays: string[]; source?: string }) =>
    staffApi<CalendarYear>(`/admin/calendar/years/${year}`, { method: 'PUT', body }),
  resetCalendarYear: (year: number) => staffApi<void>(`/admin/calendar/years/${year}`, { method: 'DELETE' }),
  policies: () => staffApi<DeadlinePolicy[]>('/admin/deadline-policies'),
  savePolicy: (
    kind: string,
    body: Pick<DeadlinePolicy, 'unit' | 'amount' | 'reminderLeadWorkingDays' | 'departmentEscalationWorkingDays'>,
  ) => staffApi<DeadlinePolicy>(`/admin/deadline-policies/${kind}`, { method: 'PUT', body }),
  resetPolicy: (kind: string) => staffApi<void>(`/admin/deadline-policies/${kind}`, { method: 'DELETE' }),
  routingRules: () => staffApi<RoutingRule[]>('/admin/routing-rules'),
  createRoutingRule: (body: { communeCode?: string; sectorCode?: string; organisationId: string }) =>
    staffApi<RoutingRule>('/admin/routing-rules', { method: 'POST', body }),
  retireRoutingRule: (id: string) => staffApi<void>(`/admin/routing-rules/${id}`, { method: 'DELETE' }),
  populations: () => staffApi<CommunePopulation[]>('/admin/communes/population'),
  setPopulation: (code: string, body: { population: number | null; year?: number }) =>
    staffApi<CommunePopulation>(`/admin/communes/${code}/population`, { method: 'PUT', body }),
  importPopulations: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return staffApi<{ imported: number; communes: CommunePopulation[] }>('/admin/communes/population/import', {
      method: 'POST',
      body: form,
    });
  },
};
