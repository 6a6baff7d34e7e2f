import type { StaffPrincipal } from '@app/cases';
import { CaseActionError } from '@app/cases';
import { RequestValidationError } from '../../common/validation/validation.pipe';

/** The mediation queues (issue §4), as tabs: a mediator's own cases, an organisation's, and two cuts across them. */
export const QUEUE_VIEWS = ['mine', 'unassigned', 'organisation', 'due_soon', 'overdue'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

/** Whose open cases a queue reads: one mediator's, or one mediation organisation's. */
export type QueueScope = { kind: 'mediator'; mediatorId: string } | { kind: 'organisation'; organisationId: string };

/** The views of each scope, in the order a client shows them. */
export const VIEWS_OF_SCOPE: Readonly<Record<QueueScope['kind'], readonly QueueView[]>> = {
  mediator: ['mine', 'due_soon', 'overdue'],
  organisation: ['unassigned', 'organisation', 'due_soon', 'overdue'],
};

/** "Due soon": a running clock due by the end of this many working days after today. */
export const DUE_SOON_WORKING_DAYS = 3;

/**
 * The caller's scope: a mediator reads their own cases, a mediation admin their organisation's,
 * an admin the organisation named by `organisationId` (required for them). Naming another
 * organisation than one's own is forbidden.
 */
export function scopeOf(staff: StaffPrincipal, organisationId: string | undefined): QueueScope {
  if (staff.role === 'admin') {
    if (!organisationId)
      throw new RequestValidationError([{ field: 'organisationId', constraints: [{ name: 'isDefined', args: [] }] }]);
    return { kind: 'organisation', organisationId };
  }
  if (organisationId !== undefined && organisationId !== staff.organisationId) throw new CaseActionError('forbidden');
  if (staff.role === 'mediator') return { kind: 'mediator', mediatorId: staff.userId };
  if (staff.role === 'mediation_admin' && staff.organisationId)
    return { kind: 'organisation', organisationId: staff.organisationId };
  throw new CaseActionError('forbidden');
}

/** The view if the scope has it; another role's view is forbidden. */
export function viewIn(scope: QueueScope, view: QueueView): QueueView {
  if (!VIEWS_OF_SCOPE[scope.kind].includes(view)) throw new CaseActionError('forbidden');
  return view;
}
