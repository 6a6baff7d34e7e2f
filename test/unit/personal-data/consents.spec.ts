import {
  changedContactFields,
  CONSENT_WITHDRAWAL_EFFECTS,
  dataProcessingWithdrawalRefusal,
  groupsWithoutSensitive,
  isWithdrawableConsent,
  leavesNoContact,
} from '@app/domain';

// Law 91/2025/QH15 Art 9 (consent per purpose, withdrawable) and Art 4 (rights of the data subject).
describe(isWithdrawableConsent.name, () => {
  it('Law 91/2025 Art 9: sensitive data, publication and contact sharing may be withdrawn on their own', () => {
    expect(['sensitive', 'publication', 'contact_shared'].every(isWithdrawableConsent)).toBe(true);
    expect(isWithdrawableConsent('data_processing')).toBe(false);
  });

  it('each withdrawal says what it changes', () => {
    expect(CONSENT_WITHDRAWAL_EFFECTS).toEqual({
      sensitive: 'sensitive_data_removed',
      publication: 'removed_from_open_data',
      contact_shared: 'contact_hidden_from_business',
    });
  });
});

describe(dataProcessingWithdrawalRefusal.name, () => {
  it('Law 19/2023 Art 57: while the case runs, the way out is withdrawing the complaint; once closed, erasure', () => {
    expect(dataProcessingWithdrawalRefusal(false)).toBe('withdraw_complaint');
    expect(dataProcessingWithdrawalRefusal(true)).toBe('ask_erasure');
  });
});

describe(groupsWithoutSensitive.name, () => {
  it('Law 19 Art 8 groups revealing ethnicity or health go; age and poverty stay', () => {
    expect(groupsWithoutSensitive(['elderly', 'ethnic_minority', 'serious_illness', 'poor_household'])).toEqual([
      'elderly',
      'poor_household',
    ]);
    expect(groupsWithoutSensitive(null)).toBeNull();
  });
});

describe(changedContactFields.name, () => {
  const current = { fullName: 'Lan', phone: '0912345678', email: 'a@b.vn', address: null, communeCode: '05443' };

  it('Law 91/2025 Art 4 (correction): only the fields sent and different', () => {
    expect(changedContactFields(current, { phone: '0912345678', address: 'Tổ 5' })).toEqual(['address']);
    expect(changedContactFields(current, { email: null })).toEqual(['email']);
    expect(changedContactFields(current, {})).toEqual([]);
  });

  it('the consumer stays reachable: email or phone remains', () => {
    expect(leavesNoContact(current, { email: null })).toBe(false);
    expect(leavesNoContact(current, { email: null, phone: null })).toBe(true);
    expect(leavesNoContact({ ...current, email: null }, { phone: null })).toBe(true);
    expect(leavesNoContact({ ...current, email: null, phone: null }, { fullName: 'Lan Anh' })).toBe(false);
  });
});
