import { Type } from '@nestjs/common';
import { getSchemaPath } from '@nestjs/swagger';
import type { CaseAction } from '@app/domain';
import { ActionBodyPipe } from '../../../common/validation/action-body.pipe';
import { ResolveByAdviceActionDto, ReopenActionDto } from './closure-actions.dto';
import { AcceptMediationActionDto, RecordMediationResultActionDto } from './mediation-actions.dto';
import {
  ForwardToBusinessActionDto,
  LiftNegotiationRequestActionDto,
  RecordNegotiationRequestActionDto,
  SettleActionDto,
} from './negotiation-actions.dto';
import {
  AcceptActionDto,
  BarActionDto,
  RefuseActionDto,
  RequestInfoActionDto,
  TransferActionDto,
} from './reception-actions.dto';
import { VersionedActionDto } from './versioned-action.dto';

/** The body of each action staff perform (the transition table says who; a unit test keeps the two in step). */
export const STAFF_ACTION_BODIES = {
  accept: AcceptActionDto,
  request_info: RequestInfoActionDto,
  refuse: RefuseActionDto,
  transfer: TransferActionDto,
  bar: BarActionDto,
  resolve_by_advice: ResolveByAdviceActionDto,
  forward_to_business: ForwardToBusinessActionDto,
  settle: SettleActionDto,
  record_negotiation_request: RecordNegotiationRequestActionDto,
  lift_negotiation_request: LiftNegotiationRequestActionDto,
  accept_mediation: AcceptMediationActionDto,
  record_mediation_result: RecordMediationResultActionDto,
  reopen: ReopenActionDto,
} as const satisfies Partial<Record<CaseAction, Type<VersionedActionDto>>>;

/** A staff action's validated body: the version the caller saw and the action's own fields. */
export type StaffActionBody = { version: number } & Record<string, unknown>;

/** Any other action (the consumer's, the business's, an unknown one) carries only the version from staff. */
export const staffActionBodyPipe = new ActionBodyPipe<StaffActionBody>(STAFF_ACTION_BODIES, VersionedActionDto);

const mapping = Object.entries(STAFF_ACTION_BODIES)
  .map(([action, dto]) => `${action} → ${dto.name}`)
  .join('; ');

/** OpenAPI: one schema per action, picked by the `:action` path parameter. */
export const STAFF_ACTION_BODY_DOC = {
  description:
    `The action’s fields and the case \`version\` the caller saw, by action: ${mapping}. A field the action does ` +
    'not take, a wrong type or an over-long text is a 400 with field messages (nothing is stored); a broken rule ' +
    '(e.g. refusal without an Art 58 ground) is a 422',
  schema: { oneOf: Object.values(STAFF_ACTION_BODIES).map((dto) => ({ $ref: getSchemaPath(dto) })) },
  examples: {
    accept: { value: { version: 1 } },
    refuse: { value: { version: 1, ground: 'c', note: 'Không xác định được doanh nghiệp' } },
    forward_to_business: { value: { version: 2, basis: 'business_silent' } },
    bar: { value: { version: 2, barReason: 'many_unknown_consumers' } },
    // Law 19 Art 59.1: a party's request, recorded by the desk; `lift_negotiation_request` ends it.
    record_negotiation_request: {
      value: {
        version: 3,
        requestedBy: 'business',
        confidential: true,
        paused: true,
        reason: 'Giám đốc đi công tác đến tuần sau',
      },
    },
    lift_negotiation_request: { value: { version: 4, paused: true } },
  },
};

export const STAFF_ACTION_BODY_MODELS: Type<unknown>[] = Object.values(STAFF_ACTION_BODIES);
