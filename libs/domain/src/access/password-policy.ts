import { dictionary } from '@zxcvbn-ts/language-common';

/** The shortest staff password accepted (policy). */
export const PASSWORD_MIN_LENGTH = 12;

/** Why a password is refused; several can apply at once. */
export type PasswordRefusal = 'too_short' | 'common_password' | 'contains_email';

// zxcvbn's list of common passwords (about 49,000 words), compared case-insensitively; built on
// first use so that importing the domain costs nothing.
let common: ReadonlySet<string> | undefined;
const commonPasswords = (): ReadonlySet<string> =>
  (common ??= new Set(dictionary['passwords-common'].map((word) => word.toLowerCase())));

// An email's local part shorter than this ("an@…") is too short to be a meaningful match.
const MIN_LOCAL_PART = 3;

/**
 * The staff password policy: at least 12 characters, not a common password, and not containing
 * the account's email or its local part. No strength score: length and the list are the policy.
 * Returns every refusal that applies; an empty list means the password is accepted.
 */
export function passwordRefusals(password: string, email: string): PasswordRefusal[] {
  const refusals: PasswordRefusal[] = [];
  // Counted in composed code points, so a Vietnamese letter with its marks is one character.
  if ([...password.normalize('NFC')].length < PASSWORD_MIN_LENGTH) refusals.push('too_short');
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) refusals.push('common_password');
  const address = email.trim().toLowerCase();
  const localPart = address.split('@')[0] ?? '';
  if (
    (address !== '' && lower.includes(address)) ||
    (localPart.length >= MIN_LOCAL_PART && lower.includes(localPart))
  ) {
    refusals.push('contains_email');
  }
  return refusals;
}

/** What each refusal tells the person choosing a password. */
export const PASSWORD_REFUSAL_MESSAGES: Readonly<Record<PasswordRefusal, Readonly<Record<'vi' | 'en', string>>>> = {
  too_short: {
    vi: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`,
    en: `the password must be at least ${PASSWORD_MIN_LENGTH} characters long`,
  },
  common_password: {
    vi: 'Mật khẩu này quá phổ biến, dễ bị đoán: hãy chọn mật khẩu khác',
    en: 'this password is too common and easy to guess: choose another one',
  },
  contains_email: {
    vi: 'Mật khẩu không được chứa địa chỉ email của bạn',
    en: 'the password must not contain your email address',
  },
};
