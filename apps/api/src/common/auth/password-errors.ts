import { BadRequestException } from '@nestjs/common';
import { PASSWORD_REFUSAL_MESSAGES, PasswordRefusal } from '@app/domain';
import { Language, SUMMARY } from '../validation/messages';

export interface PasswordFieldError {
  field: string;
  messages: string[];
}

const WRONG_CURRENT: Readonly<Record<Language, string>> = {
  vi: 'Mật khẩu hiện tại không đúng',
  en: 'the current password is wrong',
};

/** The policy's refusals of the password in `field`, each in the caller's language; null when accepted. */
export function policyError(field: string, refusals: PasswordRefusal[], language: Language): PasswordFieldError | null {
  if (refusals.length === 0) return null;
  return { field, messages: refusals.map((refusal) => PASSWORD_REFUSAL_MESSAGES[refusal][language]) };
}

/** The current password given is not the account's. */
export const currentPasswordWrong = (language: Language): PasswordFieldError => ({
  field: 'currentPassword',
  messages: [WRONG_CURRENT[language]],
});

/** 400 with field messages, in the shape of every validation failure (see ValidationExceptionFilter). */
export function passwordFieldsRefused(errors: PasswordFieldError[], language: Language): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'validation_failed', message: SUMMARY[language], errors });
}
