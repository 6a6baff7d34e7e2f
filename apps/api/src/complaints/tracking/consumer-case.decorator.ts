import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { CaseEntity } from '@app/persistence';
import type { ConsumerRequest } from './consumer-access.guard';

/** For @ApiHeader. */
export const ACCESS_KEY_HEADER_DOC = { name: 'X-Access-Key', required: true, description: 'The key given at intake' };

/** The case ConsumerAccessGuard let the caller into. */
export const ConsumerCase = createParamDecorator((_: unknown, context: ExecutionContext): CaseEntity => {
  const found = context.switchToHttp().getRequest<ConsumerRequest>().consumerCase;
  if (!found) throw new Error('ConsumerCase needs ConsumerAccessGuard on the route');
  return found;
});
