import { type ActorPermit, CASE_ACTIONS, CASE_TRANSITIONS, type CaseAction } from '@app/domain';
import { staffActionBodyPipe, STAFF_ACTION_BODIES } from '../../../apps/api/src/cases/dto/actions/staff-action-bodies';
import { ActionBodyPipe } from '../../../apps/api/src/common/validation/action-body.pipe';
import { RequestValidationError } from '../../../apps/api/src/common/validation/validation.pipe';
import {
  CONSUMER_ACTION_BODIES,
  consumerActionBodyPipe,
} from '../../../apps/api/src/complaints/dto/consumer-action-bodies';

const NOT_STAFF: readonly ActorPermit[] = ['consumer', 'business', 'system'];

/** Actions the transition table lets some actor matching `permits` perform. */
const performedBy = (permits: (p: ActorPermit) => boolean): CaseAction[] =>
  CASE_ACTIONS.filter((action) => CASE_TRANSITIONS.some((t) => t.action === action && t.actors.some(permits)));

/** The failures of a refused body, as field → constraint names. */
async function refusal(pipe: ActionBodyPipe<Record<string, unknown>>, action: string, body: unknown) {
  const error: unknown = await pipe.transform({ action, body }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RequestValidationError);
  return Object.fromEntries(
    (error as RequestValidationError).failures.map((f) => [f.field, f.constraints.map((c) => c.name)]),
  );
}

describe(ActionBodyPipe.name, () => {
  it('has a body for every action staff may perform, and for no other (transition table)', () => {
    const staff = performedBy((p) => !NOT_STAFF.includes(p));
    expect(Object.keys(STAFF_ACTION_BODIES).sort()).toEqual([...staff].sort());
  });

  it('has a body for every action the consumer may perform, and for no other', () => {
    expect(Object.keys(CONSUMER_ACTION_BODIES).sort()).toEqual(performedBy((p) => p === 'consumer').sort());
  });

  it('passes a valid body on as plain fields, nested record included, without absent ones', async () => {
    const sut = staffActionBodyPipe;
    const body = { version: 3, result: 'success', record: { mediator: 'A', parties: ['B', 'C'], otherTerms: '' } };
    const out = await sut.transform({ action: 'record_mediation_result', body });
    expect(out).toEqual(body);
    expect(Object.getPrototypeOf(out.record)).toBe(Object.prototype);
  });

  it('refuses a field the action does not take, a wrong type and an over-long text (400 failures)', async () => {
    const sut = staffActionBodyPipe;
    expect(await refusal(sut, 'refuse', { version: 1, ground: 'c', authorityId: 'x' })).toEqual({
      authorityId: ['whitelistValidation'],
    });
    expect(await refusal(sut, 'settle', { version: 1, outcomeCode: 'explained', amountRecoveredVnd: '5' })).toEqual({
      amountRecoveredVnd: expect.arrayContaining(['isInt']),
    });
    expect(await refusal(sut, 'reopen', { version: 1, reason: 'x'.repeat(2001) })).toEqual({ reason: ['maxLength'] });
    expect(await refusal(sut, 'refuse', { version: 0, ground: 'z' })).toEqual({ version: ['min'], ground: ['isIn'] });
    expect(
      await refusal(sut, 'record_mediation_result', { version: 1, result: 'success', record: { mediator: 'A', x: 1 } }),
    ).toEqual({ 'record.x': ['whitelistValidation'] });
  });

  it('leaves a missing required field to the domain rule (422 there, not 400 here)', async () => {
    await expect(staffActionBodyPipe.transform({ action: 'refuse', body: { version: 1 } })).resolves.toEqual({
      version: 1,
    });
  });

  it('checks only the version of an action staff do not perform, and drops the rest', async () => {
    await expect(
      staffActionBodyPipe.transform({ action: 'withdraw', body: { version: 2, reason: 'r', extra: { a: 1 } } }),
    ).resolves.toEqual({ version: 2 });
    expect(await refusal(staffActionBodyPipe, 'no_such_action', {})).toEqual({
      version: expect.arrayContaining(['isInt']),
    });
  });

  it('refuses a body that is not an object, and a NUL character', async () => {
    expect(await refusal(staffActionBodyPipe, 'accept', [1, 2])).toEqual({ body: ['isObject'] });
    expect(await refusal(staffActionBodyPipe, 'request_info', { version: 1, question: 'a\u0000b' })).toEqual({
      question: ['noNulCharacter'],
    });
  });

  it('gives the consumer the same per-action strictness; another action passes on nothing', async () => {
    const sut = consumerActionBodyPipe;
    expect(await refusal(sut, 'withdraw', { reason: 'r', answer: 'a' })).toEqual({ answer: ['whitelistValidation'] });
    expect(await refusal(sut, 'accept_proposal', { reason: 'r' })).toEqual({ reason: ['whitelistValidation'] });
    await expect(sut.transform({ action: 'accept_proposal', body: undefined })).resolves.toEqual({});
    await expect(sut.transform({ action: 'withdraw', body: { reason: '  Đã thỏa thuận  ' } })).resolves.toEqual({
      reason: 'Đã thỏa thuận',
    });
    await expect(sut.transform({ action: 'record_negotiation_request', body: { reason: 'r' } })).resolves.toEqual({});
  });
});
