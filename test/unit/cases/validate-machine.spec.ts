import {
  CASE_TRANSITIONS,
  InvalidCaseMachineError,
  type Transition,
  assertValidMachine,
  describeProblem,
  validateMachine,
} from '@app/domain/cases';

describe(validateMachine.name, () => {
  it('finds no problems in the real table', () => {
    expect(validateMachine(CASE_TRANSITIONS)).toEqual([]);
    expect(() => assertValidMachine()).not.toThrow();
  });

  it('reports the problems of a deliberately broken copy', () => {
    const broken: Transition[] = [
      ...CASE_TRANSITIONS.filter((t) => t.action !== 'forward_to_business'), // forward_to_business gone
      { from: 'resolved', action: 'settle', to: 'negotiation', actors: ['officer'] }, // exit from a final status
      { from: 'consultation', action: 'transfer', to: 'transferred', actors: ['admin'] }, // second transfer row
      { from: 'consultation', action: 'provide_info', to: 'previous', actors: ['consumer'] }, // 'previous' misused
      { from: 'submitted', action: 'refuse', to: 'refused', actors: ['association'] }, // Art 53.3
    ];
    const problems = validateMachine(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        { kind: 'action_without_transition', action: 'forward_to_business' },
        { kind: 'final_status_exit', status: 'resolved', action: 'settle' },
        { kind: 'ambiguous_transition', status: 'consultation', action: 'transfer' },
        { kind: 'ambiguous_transition', status: 'submitted', action: 'refuse' },
        { kind: 'previous_outside_needs_info', action: 'provide_info' },
        { kind: 'association_may_refuse' },
      ]),
    );
    expect(problems).toHaveLength(6);
    expect(() => assertValidMachine(broken)).toThrow(InvalidCaseMachineError);
  });

  it('reports unreachable statuses', () => {
    const noMediation = CASE_TRANSITIONS.filter((t) => t.action !== 'request_mediation');
    expect(validateMachine(noMediation)).toEqual([
      { kind: 'unreachable_status', status: 'mediation' },
      { kind: 'unreachable_status', status: 'unresolved' },
      { kind: 'action_without_transition', action: 'request_mediation' },
    ]);
  });

  it('Art 53.3: a table that lets the association refuse is invalid', () => {
    const table = CASE_TRANSITIONS.map((t) =>
      t.action === 'refuse' ? { ...t, actors: [...t.actors, 'association' as const] } : t,
    );
    const problems = validateMachine(table);
    expect(problems).toEqual([{ kind: 'association_may_refuse' }]);
    expect(describeProblem(problems[0])).toMatch(/Art 53\.3/);
  });
});
