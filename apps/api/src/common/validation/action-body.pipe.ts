import { createParamDecorator, ExecutionContext, PipeTransform, Type } from '@nestjs/common';
import type { Request } from 'express';
import { RejectNulPipe } from './reject-nul.pipe';
import { createValidationPipe, RequestValidationError } from './validation.pipe';

/** What ActionBodyPipe needs: which fields a body may hold depends on the route's `:action`. */
export interface ActionRequest {
  action: string;
  body: unknown;
}

/** The body of POST …/actions/:action together with the action, for ActionBodyPipe. */
export const ActionBody = createParamDecorator((_: unknown, ctx: ExecutionContext): ActionRequest => {
  const request = ctx.switchToHttp().getRequest<Request>();
  return { action: String(request.params.action), body: request.body as unknown };
});

/** Own enumerable fields, recursively, without the ones left undefined: what the workflow stores. */
function plainFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainFields);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .map(([key, field]) => [key, plainFields(field)]),
  );
}

/**
 * Validates an action's body with the DTO of that action, as the global pipe does (unknown fields
 * refused, 400 with field messages in the caller's language), before anything reaches the case's
 * timeline. An action the route's callers never perform (or no action at all) is validated with
 * `other` and its other fields dropped: the domain then answers as for any such action (403, 409,
 * or 400 unknown_action), with nothing unvalidated passed on.
 */
export class ActionBodyPipe<T extends Record<string, unknown>> implements PipeTransform<ActionRequest, Promise<T>> {
  private readonly strict = createValidationPipe();
  private readonly lenient = createValidationPipe({ forbidNonWhitelisted: false });
  private readonly nul = new RejectNulPipe();

  constructor(
    private readonly bodies: Readonly<Partial<Record<string, Type<object>>>>,
    private readonly other: Type<object>,
  ) {}

  async transform({ action, body }: ActionRequest): Promise<T> {
    const fields = body ?? {};
    // A custom parameter: the global pipes leave it to this one, NUL check included.
    this.nul.transform(fields, { type: 'body' });
    if (typeof fields !== 'object' || Array.isArray(fields)) {
      throw new RequestValidationError([{ field: 'body', constraints: [{ name: 'isObject', args: [] }] }]);
    }
    const dto = Object.hasOwn(this.bodies, action) ? this.bodies[action] : undefined;
    const validated: unknown = dto
      ? await this.strict.transform(fields, { type: 'body', metatype: dto })
      : await this.lenient.transform(fields, { type: 'body', metatype: this.other });
    return plainFields(validated) as T;
  }
}
