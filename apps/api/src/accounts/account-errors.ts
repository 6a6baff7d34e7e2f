import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import { Language, SUMMARY } from '../common/validation/messages';

type AccountFailure = 'email_taken' | 'link_expired' | 'account_inactive';

const MESSAGES: Readonly<Record<AccountFailure, Readonly<Record<Language, string>>>> = {
  email_taken: {
    vi: 'Đã có tài khoản với địa chỉ email này',
    en: 'an account with this email address already exists',
  },
  link_expired: {
    vi: 'Đường dẫn đã hết hạn, đã được dùng hoặc đã được thay bằng đường dẫn mới: hãy nhờ quản trị viên gửi lại',
    en: 'this link has expired, was used, or was replaced by a newer one: ask your administrator for a new one',
  },
  account_inactive: {
    vi: 'Tài khoản đã bị vô hiệu hóa: hãy kích hoạt lại trước khi gửi đường dẫn đặt mật khẩu',
    en: 'the account is deactivated: reactivate it before sending a set-password link',
  },
};

// Codes become HTTP statuses only here, at the edge.
const STATUS: Readonly<Record<AccountFailure, HttpStatus>> = {
  email_taken: HttpStatus.CONFLICT,
  link_expired: HttpStatus.GONE,
  account_inactive: HttpStatus.CONFLICT,
};

/** A refused account action: the project's error shape, with `code` as the web app reads it. */
export function accountError(code: AccountFailure, language: Language): HttpException {
  const statusCode = STATUS[code];
  return new HttpException({ statusCode, error: code, code, message: MESSAGES[code][language] }, statusCode);
}

const SELF_DEACTIVATION: Readonly<Record<Language, string>> = {
  vi: 'Bạn không thể tự vô hiệu hóa tài khoản của mình',
  en: 'you cannot deactivate your own account',
};

/** 400 on `active`: an admin deactivating themself would lock the door behind them. */
export function selfDeactivationRefused(language: Language): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'validation_failed',
    message: SUMMARY[language],
    errors: [{ field: 'active', messages: [SELF_DEACTIVATION[language]] }],
  });
}
