import { PASSWORD_MIN_LENGTH, PASSWORD_REFUSAL_MESSAGES, passwordRefusals } from '@app/domain';

// The staff password policy (local policy, not statute): length, a common-password list, the email.
describe(passwordRefusals.name, () => {
  const email = 'lan.nguyen@sct.example.vn';

  it('accepts a long password that is not common and does not contain the email', () => {
    expect(passwordRefusals('đồng hồ cát màu xanh', email)).toEqual([]);
    expect(passwordRefusals('Tr4m-Bi3n-Xa-Xoi', email)).toEqual([]);
  });

  it(`refuses fewer than ${PASSWORD_MIN_LENGTH} characters, counting a Vietnamese letter with its marks as one`, () => {
    expect(passwordRefusals('k7#Qm2!xZp9', email)).toEqual(['too_short']);
    expect(passwordRefusals('k7#Qm2!xZp9w', email)).toEqual([]);
    // 'ệ' typed as e + two combining marks is still one letter.
    const decomposed = 'ệ'.normalize('NFD');
    expect(decomposed).toHaveLength(3);
    expect(passwordRefusals(decomposed.repeat(11), email)).toEqual(['too_short']);
    expect(passwordRefusals('ệ'.repeat(12), email)).toEqual([]);
  });

  it('refuses a password from the common-password list, whatever its case', () => {
    expect(passwordRefusals('qwerty123456', email)).toEqual(['common_password']);
    expect(passwordRefusals('QWERTY123456', email)).toEqual(['common_password']);
    expect(passwordRefusals('1qaz2wsx3edc', email)).toEqual(['common_password']);
    expect(passwordRefusals('password', email)).toEqual(['too_short', 'common_password']);
  });

  it('refuses a password containing the email or its local part', () => {
    expect(passwordRefusals('lan.nguyen@sct.example.vn!', email)).toEqual(['contains_email']);
    expect(passwordRefusals('my-LAN.NGUYEN-2026', email)).toEqual(['contains_email']);
    expect(passwordRefusals('lan.nguyen', email)).toEqual(['too_short', 'contains_email']);
  });

  it('ignores a local part too short to mean anything', () => {
    expect(passwordRefusals('an-toan-thong-tin-2026', 'an@example.vn')).toEqual([]);
  });

  it('has a message in Vietnamese and in English for every refusal', () => {
    for (const messages of Object.values(PASSWORD_REFUSAL_MESSAGES)) {
      expect(messages.vi).toMatch(/\S/);
      expect(messages.en).toMatch(/\S/);
      expect(messages.vi).not.toBe(messages.en);
    }
    expect(PASSWORD_REFUSAL_MESSAGES.too_short.vi).toContain(String(PASSWORD_MIN_LENGTH));
  });
});
