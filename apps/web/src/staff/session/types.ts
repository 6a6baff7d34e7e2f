/** The staff roles (libs/domain/src/access/roles.ts). */
export const STAFF_ROLES = ['officer', 'mediator', 'mediation_admin', 'association', 'analyst', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The signed-in person, as GET /api/v1/auth/session answers it. */
export interface StaffUser {
  id: string;
  email: string;
  fullName: string;
  role: StaffRole;
  organisationId: string | null;
  organisationName: string | null;
  supervisor: boolean;
  language: string | null;
}

/** POST /auth/login and POST /auth/renew. */
export interface TokenAnswer {
  accessToken: string;
  /** Seconds. */
  expiresIn: number;
  role: StaffRole;
  csrfToken?: string;
}

/** GET /auth/session. */
export interface SessionAnswer {
  user: StaffUser;
  csrfToken?: string;
  expiresAt?: string;
}
