import { OFFICIAL_YEAR_TABLES, WorkingDayCalendar } from '@app/domain/calendar';
import {
  decideExtension,
  DEFAULT_DEADLINE_POLICIES,
  type ExtendableClock,
  extendedDueAt,
  extensionsAllowed,
  policyFor,
} from '@app/domain/deadlines';

const calendar = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES);
// 24:00 of Tuesday 31 March 2026 in Hà Nội.
const DUE = new Date('2026-03-31T17:00:00Z');

const clock = (patch: Partial<ExtendableClock> = {}): ExtendableClock => ({
  kind: 'mediation_conclusion',
  status: 'pending',
  dueAt: DUE,
  closedAt: null,
  extensions: 0,
  ...patch,
});
const asked = (dueDate: string, reason = 'Doanh nghiệp cần thêm thời gian giám định') => ({
  dueDate: dueDate,
  reason,
});

describe(decideExtension.name, () => {
  it('mediation policy (30 days, extendable): the mediation may be extended once, to 24:00 of the new day', () => {
    expect(policyFor('mediation_conclusion')).toMatchObject({ extendable: true, maxExtensions: 1 });
    expect(decideExtension(clock(), asked('2026-04-15'), calendar)).toEqual({
      ok: true,
      dueAt: new Date('2026-04-15T17:00:00Z'),
    });
  });

  it('mediation policy: a second extension is refused when the policy allows one', () => {
    expect(decideExtension(clock({ extensions: 1 }), asked('2026-04-15'), calendar)).toEqual({
      ok: false,
      code: 'rule_violated',
      details: [{ field: 'extensions', rule: 'max_extensions_reached' }],
    });
  });

  it('mediation policy: a policy allowing two extensions accepts the second', () => {
    const policies = DEFAULT_DEADLINE_POLICIES.map((p) =>
      p.kind === 'mediation_conclusion' ? { ...p, maxExtensions: 2 } : p,
    );
    expect(decideExtension(clock({ extensions: 1 }), asked('2026-04-15'), calendar, policies).ok).toBe(true);
    expect(decideExtension(clock({ extensions: 2 }), asked('2026-04-15'), calendar, policies).ok).toBe(false);
  });

  it('mediation policy: a breached clock not yet met may be extended (the extension clears the breach)', () => {
    const breached = clock({ status: 'breached', dueAt: DUE });
    expect(decideExtension(breached, asked('2026-04-15'), calendar).ok).toBe(true);
  });

  it.each([
    ['met', { status: 'met', closedAt: DUE }],
    ['cancelled', { status: 'cancelled', closedAt: DUE }],
    ['paused (waiting on the consumer)', { status: 'paused' }],
    ['breached and since met', { status: 'breached', closedAt: new Date('2026-04-02T03:00:00Z') }],
  ] as const)('mediation policy: a %s clock is not open: 409', (_, patch) => {
    expect(decideExtension(clock(patch), asked('2026-04-15'), calendar)).toEqual({
      ok: false,
      code: 'invalid_transition',
      details: [{ field: 'status', rule: 'clock_not_open' }],
    });
  });

  it.each(['2026-03-31', '2026-03-20'])(
    'mediation policy: a new date not after the current due date (%s) is refused',
    (day) => {
      expect(decideExtension(clock(), asked(day), calendar)).toEqual({
        ok: false,
        code: 'rule_violated',
        details: [{ field: 'dueDate', rule: 'extension_not_after_due' }],
      });
    },
  );

  it('mediation policy: an extension needs a reason; every problem is listed at once', () => {
    const decision = decideExtension(clock({ extensions: 1 }), asked('2026-03-01', '  '), calendar);
    expect(decision).toEqual({
      ok: false,
      code: 'rule_violated',
      details: [
        { field: 'extensions', rule: 'max_extensions_reached' },
        { field: 'dueDate', rule: 'extension_not_after_due' },
        { field: 'reason', rule: 'required' },
      ],
    });
  });

  it('statutory periods are not extendable (Law 19 Art 57.2: 7 working days to negotiate)', () => {
    expect(decideExtension(clock({ kind: 'business_negotiation' }), asked('2026-04-15'), calendar)).toEqual({
      ok: false,
      code: 'rule_violated',
      details: [{ field: 'kind', rule: 'policy_not_extendable' }],
    });
  });
});

describe(extendedDueAt.name, () => {
  it('Civil Code Arts 147–148: a new last day that is not a working day rolls to the next one, ending at 24:00', () => {
    // Saturday 18 April 2026 → Monday 20 April.
    expect(extendedDueAt('2026-04-18', calendar)).toEqual(new Date('2026-04-20T17:00:00Z'));
    // Thursday 30 April and Friday 1 May 2026 are public holidays (Labour Code Art 112) → Monday 4 May.
    expect(extendedDueAt('2026-04-30', calendar)).toEqual(new Date('2026-05-04T17:00:00Z'));
  });
});

describe(extensionsAllowed.name, () => {
  it('mediation policy: once by default, as the policy says otherwise, never for a period that is not extendable', () => {
    expect(extensionsAllowed(policyFor('mediation_conclusion'))).toBe(1);
    expect(extensionsAllowed({ extendable: true })).toBe(1);
    expect(extensionsAllowed({ extendable: true, maxExtensions: 3 })).toBe(3);
    expect(extensionsAllowed(policyFor('court_recognition'))).toBe(0);
  });
});
