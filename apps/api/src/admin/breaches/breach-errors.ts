import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import type { BreachChangeRefusal } from '@app/domain/personal-data';
import { type Language, SUMMARY } from '../../common/validation/messages';

type Text = Readonly<Record<Language, string>>;

type FieldRule = Exclude<BreachChangeRefusal, { rule: 'breach_closed' }>['rule'] | 'unknown_case';

const FIELD_MESSAGES: Readonly<Record<FieldRule, Text>> = {
  notice_before_discovery: {
    vi: 'Không được trước thời điểm phát hiện vi phạm',
    en: 'must not be before the breach was discovered',
  },
  close_needs_authority_notice: {
    vi: 'Chỉ đóng khi đã thông báo cho cơ quan chức năng (Điều 23 Luật Bảo vệ dữ liệu cá nhân): ghi authorityNotifiedAt',
    en: 'a breach is closed only once the authority was notified (Law 91/2025 Art 23): give authorityNotifiedAt',
  },
  unknown_case: { vi: 'Không có hồ sơ với mã này', en: 'is not a known case' },
};

const NOT_FOUND: Text = { vi: 'Không có vi phạm với mã này', en: 'no breach with this id' };
const CLOSED: Text = {
  vi: 'Vi phạm đã được đóng: không thể thay đổi nữa',
  en: 'the breach is closed and can no longer be changed',
};

/** 400 in the project's envelope: field-level messages in the caller's language. */
export function breachFieldErrors(failures: { field: string; rule: FieldRule }[], language: Language) {
  const fields = [...new Set(failures.map((f) => f.field))];
  return new BadRequestException({
    statusCode: 400,
    error: 'validation_failed',
    message: SUMMARY[language],
    errors: fields.map((field) => ({
      field,
      messages: failures.filter((f) => f.field === field).map((f) => FIELD_MESSAGES[f.rule][language]),
    })),
  });
}

// Codes become HTTP statuses only here, at the edge.
export function breachNotFound(language: Language): HttpException {
  const statusCode = HttpStatus.NOT_FOUND;
  return new HttpException(
    { statusCode, error: 'breach_not_found', code: 'breach_not_found', message: NOT_FOUND[language] },
    statusCode,
  );
}

export function breachClosed(language: Language): HttpException {
  const statusCode = HttpStatus.CONFLICT;
  return new HttpException(
    { statusCode, error: 'breach_closed', code: 'breach_closed', message: CLOSED[language] },
    statusCode,
  );
}

/** The domain's refusals of a change, as the HTTP answer: 409 when closed, else 400 on the fields. */
export function breachChangeRefused(refusals: readonly BreachChangeRefusal[], language: Language): HttpException {
  const failures = refusals.flatMap((r) => (r.rule === 'breach_closed' ? [] : [{ field: r.field, rule: r.rule }]));
  return failures.length < refusals.length ? breachClosed(language) : breachFieldErrors(failures, language);
}
