import {
  dataRequestReminderAt,
  dataRequestReminderHorizon,
  dataRequestRemindersDue,
  type DataRequestClocks,
} from '@app/domain/personal-data';

// Law 91/2025/QH15 Art 4 and Decree 356/2025/ND-CP: the unit answers a data subject's request within
// 2 working days and completes it within the legal period; it is reminded before each clock runs
// out and once when it has, each reminder once.
describe('reminders on a data request’s clocks (Law 91/2025/QH15 Art 4; Decree 356/2025)', () => {
  const request: DataRequestClocks = {
    status: 'received',
    // 24:00 Hà Nội of the last day.
    answerDueAt: new Date('2026-12-08T17:00:00Z'),
    completeDueAt: new Date('2026-12-15T17:00:00Z'),
  };
  const at = (iso: string) => new Date(iso);

  it('falls due a day before the answer clock, three days before the completion clock, and at each end', () => {
    expect(dataRequestReminderAt(request, 'answer_soon')).toEqual(at('2026-12-07T17:00:00Z'));
    expect(dataRequestReminderAt(request, 'answer_missed')).toEqual(request.answerDueAt);
    expect(dataRequestReminderAt(request, 'complete_soon')).toEqual(at('2026-12-12T17:00:00Z'));
    expect(dataRequestReminderAt(request, 'complete_missed')).toEqual(request.completeDueAt);
  });

  it('sends nothing before the first step, then each step once', () => {
    expect(dataRequestRemindersDue(request, [], at('2026-12-07T16:59:59Z'))).toEqual({ send: [], record: [] });
    expect(dataRequestRemindersDue(request, [], at('2026-12-07T17:00:00Z'))).toEqual({
      send: ['answer_soon'],
      record: ['answer_soon'],
    });
    expect(dataRequestRemindersDue(request, ['answer_soon'], at('2026-12-08T10:00:00Z'))).toEqual({
      send: [],
      record: [],
    });
    expect(dataRequestRemindersDue(request, ['answer_soon'], at('2026-12-08T17:00:00Z'))).toEqual({
      send: ['answer_missed'],
      record: ['answer_missed'],
    });
  });

  it('a late first look sends only the latest step of each clock and records the ones passed over', () => {
    expect(dataRequestRemindersDue(request, [], at('2026-12-16T00:00:00Z'))).toEqual({
      send: ['answer_missed', 'complete_missed'],
      record: ['answer_soon', 'answer_missed', 'complete_soon', 'complete_missed'],
    });
  });

  it('stops the answer clock once answered, and every reminder once decided', () => {
    const answered = { ...request, status: 'answered' as const };
    expect(dataRequestRemindersDue(answered, [], at('2026-12-13T00:00:00Z'))).toEqual({
      send: ['complete_soon'],
      record: ['complete_soon'],
    });
    for (const status of ['completed', 'refused'] as const) {
      expect(dataRequestRemindersDue({ ...request, status }, [], at('2026-12-16T00:00:00Z'))).toEqual({
        send: [],
        record: [],
      });
    }
  });

  it('looks 72 hours ahead', () => {
    expect(dataRequestReminderHorizon(at('2026-12-01T00:00:00Z'))).toEqual(at('2026-12-04T00:00:00Z'));
  });
});
