import { FINAL_STATUSES, OPEN_STATUSES } from '@app/domain/cases';
import { ratingRefusal } from '@app/domain/intake';

describe(ratingRefusal.name, () => {
  it.each(FINAL_STATUSES)('the consumer may rate a %s case once', (status) => {
    expect(ratingRefusal(status, false)).toBeNull();
    expect(ratingRefusal(status, true)).toEqual({ field: 'rating', rule: 'already_rated' });
  });

  it.each(OPEN_STATUSES)('a %s case cannot be rated yet', (status) => {
    expect(ratingRefusal(status, false)).toEqual({ field: 'status', rule: 'rating_requires_closed_case' });
  });
});
