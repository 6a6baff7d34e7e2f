export type Language = 'vi' | 'en';

type Template = (args: { field: string; constraints: unknown[] }) => string;

// Field-level messages by class-validator constraint name, in the caller's language.
const MESSAGES: Record<string, Record<Language, Template>> = {
  isNotEmpty: { vi: () => 'Không được để trống', en: () => 'must not be empty' },
  isDefined: { vi: () => 'Bắt buộc', en: () => 'is required' },
  isEmail: { vi: () => 'Địa chỉ email không hợp lệ', en: () => 'must be a valid email address' },
  isString: { vi: () => 'Phải là chuỗi ký tự', en: () => 'must be text' },
  isInt: { vi: () => 'Phải là số nguyên', en: () => 'must be a whole number' },
  isBoolean: { vi: () => 'Phải là true hoặc false', en: () => 'must be true or false' },
  isIn: {
    vi: ({ constraints }) => `Phải là một trong: ${(constraints[0] as unknown[]).join(', ')}`,
    en: ({ constraints }) => `must be one of: ${(constraints[0] as unknown[]).join(', ')}`,
  },
  isEnum: { vi: () => 'Giá trị không được chấp nhận', en: () => 'is not an accepted value' },
  minLength: {
    vi: ({ constraints }) => `Tối thiểu ${String(constraints[0])} ký tự`,
    en: ({ constraints }) => `must be at least ${String(constraints[0])} characters`,
  },
  maxLength: {
    vi: ({ constraints }) => `Tối đa ${String(constraints[0])} ký tự`,
    en: ({ constraints }) => `must be at most ${String(constraints[0])} characters`,
  },
  min: {
    vi: ({ constraints }) => `Không được nhỏ hơn ${String(constraints[0])}`,
    en: ({ constraints }) => `must not be less than ${String(constraints[0])}`,
  },
  max: {
    vi: ({ constraints }) => `Không được lớn hơn ${String(constraints[0])}`,
    en: ({ constraints }) => `must not be greater than ${String(constraints[0])}`,
  },
  isKnownReference: { vi: () => 'Mã không tồn tại', en: () => 'is not a known code' },
  isCursor: { vi: () => 'Con trỏ phân trang không hợp lệ', en: () => 'is not a valid page cursor' },
  whitelistValidation: { vi: () => 'Trường không được phép', en: () => 'is not an allowed field' },
};

const FALLBACK: Record<Language, string> = { vi: 'Giá trị không hợp lệ', en: 'is invalid' };

export const SUMMARY: Record<Language, string> = {
  vi: 'Dữ liệu gửi lên không hợp lệ',
  en: 'The request contains invalid data',
};

export function fieldMessage(language: Language, constraint: string, field: string, constraints: unknown[]): string {
  const template = MESSAGES[constraint]?.[language];
  return template ? template({ field, constraints }) : FALLBACK[language];
}

/** The caller's language from Accept-Language: English when it prefers English, Vietnamese otherwise. */
export function languageOf(acceptLanguage: string | undefined): Language {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
