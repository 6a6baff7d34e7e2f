import type { StaffRole } from '../session/types';

/** GET /admin/accounts (contract-auth.md). */
export interface Account {
  id: string;
  email: string;
  fullName: string;
  role: StaffRole;
  organisationId: string | null;
  organisationName: string | null;
  supervisor: boolean;
  active: boolean;
  passwordSet: boolean;
  language: string;
  createdAt: string;
}

export interface AccountPage {
  items: Account[];
  nextCursor: string | null;
}

/** GET /admin/organisations. */
export interface Organisation {
  id: string;
  code: string;
  name: string;
  kind: string;
  mediationType: string | null;
  communeCode: string | null;
  address: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  hasSeal: boolean;
  active: boolean;
}

/** GET /admin/calendar/years/:year. */
export interface CalendarYear {
  year: number;
  daysOff: string[];
  workingDays: string[];
  source: string;
  origin: 'saved' | 'official' | 'statutory';
  updatedAt: string | null;
  holidays?: { date: string; kind: string; replaces?: string }[];
  workingDayCount?: number;
}

/** GET /admin/deadline-policies. */
export interface DeadlinePolicy {
  kind: string;
  unit: string;
  amount: number | null;
  reminderLeadWorkingDays: number;
  departmentEscalationWorkingDays: number | null;
  legalBasis: string;
  statutory: boolean;
  actor: string;
  extendable: boolean;
  maxExtensions: number;
  origin: 'saved' | 'default';
  updatedAt: string | null;
}

/** GET /admin/routing-rules. */
export interface RoutingRule {
  id: string;
  communeCode: string | null;
  sectorCode: string | null;
  organisationId: string;
  active: boolean;
}

/** The roles that work inside an organisation (the api refuses them without one). */
export const ROLES_WITH_ORGANISATION: readonly StaffRole[] = ['officer', 'mediator', 'mediation_admin', 'association'];

/** GET /admin/communes/population: a commune and its population (null: not known). */
export interface CommunePopulation {
  code: string;
  name: string;
  kind: 'xa' | 'phuong';
  population: number | null;
  year: number | null;
}
