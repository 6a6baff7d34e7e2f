import { Type } from '@nestjs/common';
import { getSchemaPath } from '@nestjs/swagger';
import type { CaseAction } from '@app/domain';
import { ActionBodyPipe } from '../../common/validation/action-body.pipe';
import {
  AcceptProposalActionDto,
  ProvideInfoActionDto,
  RejectProposalActionDto,
  RequestMediationActionDto,
  WithdrawActionDto,
} from './consumer-action.dto';

/** The body of each action the consumer performs (the transition table says who; a unit test keeps the two in step). */
export const CONSUMER_ACTION_BODIES = {
  provide_info: ProvideInfoActionDto,
  accept_proposal: AcceptProposalActionDto,
  reject_proposal: RejectProposalActionDto,
  request_mediation: RequestMediationActionDto,
  withdraw: WithdrawActionDto,
} as const satisfies Partial<Record<CaseAction, Type<object>>>;

/** Nothing the consumer sends with another action is passed on: the domain answers it (403, 409, 400). */
class NoFieldsDto {}

export const consumerActionBodyPipe = new ActionBodyPipe<Record<string, unknown>>(CONSUMER_ACTION_BODIES, NoFieldsDto);

const mapping = Object.entries(CONSUMER_ACTION_BODIES)
  .map(([action, dto]) => `${action} → ${dto.name}`)
  .join('; ');

/** OpenAPI: one schema per action, picked by the `:action` path parameter. */
export const CONSUMER_ACTION_BODY_DOC = {
  description: `The action’s fields, by action: ${mapping}. A field the action does not take is a 400`,
  schema: { oneOf: Object.values(CONSUMER_ACTION_BODIES).map((dto) => ({ $ref: getSchemaPath(dto) })) },
  examples: {
    provide_info: { value: { answer: 'Tôi gửi kèm ảnh hóa đơn ngày 2/3/2026.' } },
    withdraw: { value: { reason: 'Đã được cửa hàng đổi máy mới.' } },
  },
};

export const CONSUMER_ACTION_BODY_MODELS: Type<unknown>[] = Object.values(CONSUMER_ACTION_BODIES);
