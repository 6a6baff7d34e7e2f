import { clockChanges, clocksMetBy, NO_CLOCK_CHANGES } from '@app/domain/deadlines';

// Law 19 Arts 57.5 and 59.1 in the clock table: the result report met by the business's report,
// and a pause the parties asked for.

describe('clockChanges for a party’s request about the negotiation', () => {
  it('Law 19 Art 59.1: a pause a party asked for pauses the negotiation clocks (no one’s delay)', () => {
    const sut = clockChanges('record_negotiation_request', 'negotiation', 'negotiation', { partyPause: true });
    expect(sut).toEqual({
      ...NO_CLOCK_CHANGES,
      pause: expect.arrayContaining(['business_acknowledgement', 'business_negotiation']),
    });
    expect(sut.pause).not.toContain('business_result_report');
  });

  it('Law 19 Art 59.1: lifting the pause resumes the paused clocks', () => {
    expect(clockChanges('lift_negotiation_request', 'negotiation', 'negotiation', { partyPause: true })).toEqual({
      ...NO_CLOCK_CHANGES,
      resume: true,
    });
  });

  it('Law 19 Art 59.1: keeping the negotiation confidential, or lifting that, changes no clock', () => {
    for (const action of ['record_negotiation_request', 'lift_negotiation_request'] as const) {
      expect(clockChanges(action, 'negotiation', 'negotiation')).toEqual(NO_CLOCK_CHANGES);
      expect(clockChanges(action, 'negotiation', 'negotiation', { partyPause: false })).toEqual(NO_CLOCK_CHANGES);
    }
  });
});

describe('CLOCK_EVENTS: negotiation_result_reported', () => {
  it('Law 19 Art 57.5: the business reporting the result through its link meets the result-report clock', () => {
    expect(clocksMetBy('negotiation_result_reported')).toEqual(['business_result_report']);
  });
});
