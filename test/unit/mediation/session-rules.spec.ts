import { sessionChangeRefusal, sessionEnd, sessionLocation, type SessionFacts } from '@app/domain/mediation';

const now = new Date('2026-12-10T03:00:00Z');
const scheduled = (startsAt: string): SessionFacts => ({ status: 'scheduled', startsAt: new Date(startsAt) });

describe(sessionChangeRefusal.name, () => {
  it('Law 19 Art 54.1: a scheduled session may be moved or cancelled, before or after its time', () => {
    for (const change of ['reschedule', 'cancel'] as const) {
      expect(sessionChangeRefusal(scheduled('2026-12-15T07:30:00Z'), change, now)).toBeNull();
      expect(sessionChangeRefusal(scheduled('2026-12-01T07:30:00Z'), change, now)).toBeNull();
    }
  });

  it('Law 19 Art 62.2: minutes are recorded only for a session that has begun', () => {
    expect(sessionChangeRefusal(scheduled('2026-12-15T07:30:00Z'), 'record', now)).toEqual({
      code: 'rule_violated',
      violation: { field: 'startsAt', rule: 'session_not_started' },
    });
    expect(sessionChangeRefusal(scheduled(now.toISOString()), 'record', now)).toBeNull();
    expect(sessionChangeRefusal(scheduled('2026-12-09T07:30:00Z'), 'record', now)).toBeNull();
  });

  it.each(['held', 'cancelled'] as const)('a %s session is final: nothing changes it any more', (status) => {
    for (const change of ['reschedule', 'cancel', 'record'] as const) {
      expect(sessionChangeRefusal({ status, startsAt: new Date('2026-12-01T00:00:00Z') }, change, now)).toEqual({
        code: 'invalid_transition',
        violation: { field: 'status', rule: 'session_not_scheduled' },
      });
    }
  });
});

describe(sessionLocation.name, () => {
  it('Law 19 Art 54.1: in person is the place, online the link', () => {
    expect(sessionLocation({ mode: 'in_person', place: 'Phòng 204', onlineUrl: null })).toBe('Phòng 204');
    expect(sessionLocation({ mode: 'online', place: 'Phòng 204', onlineUrl: 'https://meet.example.vn/x' })).toBe(
      'https://meet.example.vn/x',
    );
    expect(sessionLocation({ mode: 'online', place: 'Phòng 204', onlineUrl: null })).toBe('Phòng 204');
    expect(sessionLocation({ mode: 'in_person', place: null, onlineUrl: null })).toBe('');
  });
});

describe(sessionEnd.name, () => {
  it('adds the length in minutes', () => {
    expect(sessionEnd(new Date('2026-12-15T07:30:00Z'), 90).toISOString()).toBe('2026-12-15T09:00:00.000Z');
  });
});
