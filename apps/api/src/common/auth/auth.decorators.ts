import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { StaffPrincipal } from '@app/cases';
import type { StaffRole } from '@app/domain';
import type { StaffSession } from './staff-token';

export const IS_PUBLIC = 'cc:public';
export const ROLES = 'cc:roles';

/** An endpoint anyone may call (health, reference data, public intake). Everything else needs a token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Staff roles allowed on an endpoint; without it any signed-in staff member may call it. */
export const Roles = (...roles: StaffRole[]) => SetMetadata(ROLES, roles);

export type { StaffPrincipal };

export const CurrentStaff = createParamDecorator(
  (_: unknown, context: ExecutionContext): StaffPrincipal =>
    context.switchToHttp().getRequest<{ staff: StaffPrincipal }>().staff,
);

/** The token the request was signed with (set by the guard on every route that is not public). */
export const CurrentSession = createParamDecorator(
  (_: unknown, context: ExecutionContext): StaffSession =>
    context.switchToHttp().getRequest<{ staffSession: StaffSession }>().staffSession,
);
