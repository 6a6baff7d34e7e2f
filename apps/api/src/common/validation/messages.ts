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
    vi: ({ constraints }) => `Phải là một trong: ${((constraints[0] as unknown[] | undefined) ?? []).join(', ')}`,
    en: ({ constraints }) => `must be one of: ${((constraints[0] as unknown[] | undefined) ?? []).join(', ')}`,
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
  // Mediation sessions (apps/api/src/mediation/sessions).
  isInstant: {
    vi: () => 'Phải là ngày giờ ISO 8601 kèm múi giờ, ví dụ 2026-12-15T14:30:00+07:00',
    en: () => 'must be an ISO 8601 date and time with its offset, e.g. 2026-12-15T14:30:00+07:00',
  },
  inFuture: { vi: () => 'Phải là thời điểm trong tương lai', en: () => 'must be in the future' },
  isHttpsUrl: {
    vi: () => 'Phải là đường dẫn bắt đầu bằng https://',
    en: () => 'must be a link starting with https://',
  },
  notBeforeFrom: { vi: () => 'Không được trước ngày bắt đầu (from)', en: () => 'must not be before `from`' },
  // Statistics (apps/api/src/statistics).
  periodAtMostYears: {
    vi: ({ constraints }) => `Khoảng thời gian không được dài quá ${String(constraints[0])} năm`,
    en: ({ constraints }) => `the period may span at most ${String(constraints[0])} years`,
  },
  noNulCharacter: { vi: () => 'Chứa ký tự không hợp lệ (NUL)', en: () => 'contains a NUL character' },
  whitelistValidation: { vi: () => 'Trường không được phép', en: () => 'is not an allowed field' },
  // Case action bodies (apps/api/src/cases/dto/actions) and the business's answer.
  isUuid: { vi: () => 'Mã định danh không hợp lệ', en: () => 'must be a valid id (UUID)' },
  isIso8601: {
    vi: () => 'Ngày giờ phải theo ISO 8601, ví dụ 2026-12-05 hoặc 2026-11-20T09:00:00+07:00',
    en: () => 'must be an ISO 8601 date or date and time, e.g. 2026-12-05 or 2026-11-20T09:00:00+07:00',
  },
  forResponseType: {
    vi: ({ constraints }) => `Chỉ dùng với loại trả lời ${String(constraints[0])}`,
    en: ({ constraints }) => `only goes with the response type ${String(constraints[0])}`,
  },
  // Complaint intake, evidence and tracking (apps/api/src/complaints).
  isObject: { vi: () => 'Phải là một nhóm thông tin', en: () => 'must be an object' },
  nestedValidation: { vi: () => 'Phải là một nhóm thông tin', en: () => 'must be an object' },
  isArray: { vi: () => 'Phải là một danh sách', en: () => 'must be a list' },
  arrayNotEmpty: { vi: () => 'Chọn ít nhất một giá trị', en: () => 'must contain at least one value' },
  arrayUnique: { vi: () => 'Không được lặp lại giá trị', en: () => 'must not repeat a value' },
  arrayMaxSize: {
    vi: ({ constraints }) => `Tối đa ${String(constraints[0])} giá trị`,
    en: ({ constraints }) => `must contain at most ${String(constraints[0])} values`,
  },
  matches: { vi: () => 'Sai định dạng', en: () => 'has an invalid format' },
  isUrl: { vi: () => 'Địa chỉ trang web không hợp lệ', en: () => 'must be a valid web address' },
  isTrue: { vi: () => 'Cần có sự đồng ý của bạn', en: () => 'must be true (your consent is required)' },
  isIsoDate: { vi: () => 'Ngày phải có dạng YYYY-MM-DD', en: () => 'must be a date written YYYY-MM-DD' },
  notInFuture: { vi: () => 'Không được là ngày trong tương lai', en: () => 'must not be in the future' },
  notAfterNow: { vi: () => 'Không được là thời điểm trong tương lai', en: () => 'must not be later than now' },
  plainText: { vi: () => 'Chứa ký tự không được phép', en: () => 'contains characters that are not allowed' },
  emailOrPhone: {
    vi: () => 'Cần có email hoặc số điện thoại để liên hệ',
    en: () => 'an email address or a phone number is required',
  },
  sensitiveDataConsent: {
    vi: () => 'Thông tin nhạy cảm chỉ được ghi nhận khi bạn đồng ý (consents.sensitiveData)',
    en: () => 'sensitive data is only accepted with your consent (consents.sensitiveData)',
  },
  knownCommune: { vi: () => 'Không phải xã/phường của tỉnh', en: () => 'is not a commune of the province' },
  knownSector: { vi: () => 'Lĩnh vực không tồn tại', en: () => 'is not a known sector' },
  // Mediation organisations and mediators (apps/api/src/mediation/organisations).
  isUnique: { vi: () => 'Giá trị này đã được sử dụng', en: () => 'is already in use' },
  art_63_1_type_required: {
    vi: () => 'Tổ chức hòa giải phải ghi loại theo khoản 1 Điều 63 Luật 19/2023 (a, b hoặc c)',
    en: () => 'a mediation organisation must state its type under Law 19 Art 63.1 (a, b or c)',
  },
  art_63_1_association_is_type_a: {
    vi: () => 'Hội bảo vệ người tiêu dùng là tổ chức hòa giải loại a (điểm a khoản 1 Điều 63)',
    en: () => 'the consumer association is a type (a) mediation organisation (Art 63.1(a))',
  },
  tieNeedsTaxCodeOrName: {
    vi: () => 'Cần mã số thuế hoặc tên doanh nghiệp',
    en: () => 'a tax code or a business name is required',
  },
  filesRequired: { vi: () => 'Chọn ít nhất một tệp', en: () => 'at least one file is required' },
  maxEvidenceFiles: {
    vi: ({ constraints }) => `Mỗi hồ sơ có tối đa ${String(constraints[0])} tệp`,
    en: ({ constraints }) => `a case holds at most ${String(constraints[0])} files`,
  },
  evidenceType: { vi: () => 'Chỉ nhận tệp JPEG, PNG hoặc PDF', en: () => 'must be a JPEG, PNG or PDF file' },
  evidenceTypeMismatch: {
    vi: () => 'Nội dung tệp không khớp với loại tệp khai báo',
    en: () => 'the content does not match the declared file type',
  },
  // Working-day calendar and deadline policies (apps/api/src/admin/clock-settings).
  dateInYear: {
    vi: ({ constraints }) => `Mọi ngày phải thuộc năm ${String(constraints[0])} (sai: ${String(constraints[1])})`,
    en: ({ constraints }) => `every date must be in ${String(constraints[0])} (not: ${String(constraints[1])})`,
  },
  notAlsoDayOff: {
    vi: ({ constraints }) => `Một ngày không thể vừa là ngày nghỉ vừa là ngày làm việc (${String(constraints[0])})`,
    en: ({ constraints }) => `a day cannot be both a day off and a working day (${String(constraints[0])})`,
  },
  yearTable: { vi: () => 'Bảng ngày nghỉ của năm không hợp lệ', en: () => 'is not a valid year table' },
  statutory_period: {
    vi: ({ constraints }) => `Thời hạn này do luật định (${String(constraints[0])}), không được thay đổi`,
    en: ({ constraints }) => `the period is set by law (${String(constraints[0])}) and cannot be changed`,
  },
  unknown_unit: { vi: () => 'Đơn vị tính thời hạn không hợp lệ', en: () => 'is not a known unit' },
  fixed_date_only_for_settlement_performance: {
    vi: () => 'Chỉ thời hạn thực hiện kết quả hòa giải lấy ngày ghi trong biên bản (fixed_date)',
    en: () => 'only settlement_performance takes its date from the record (fixed_date)',
  },
  amount_not_positive_integer: { vi: () => 'Phải là số nguyên dương', en: () => 'must be a positive whole number' },
  citizen_reception_art_28_max_10_wd: {
    vi: ({ constraints }) =>
      `Thời hạn xử lý ban đầu không quá ${String(constraints[0])} ngày làm việc (Điều 28 Luật Tiếp công dân)`,
    en: ({ constraints }) =>
      `triage may not exceed ${String(constraints[0])} working days (Citizen Reception Law Art 28)`,
  },
  reminder_lead_invalid: { vi: () => 'Phải là số nguyên không âm', en: () => 'must be a whole number, 0 or more' },
  reminder_lead_not_shorter_than_period: {
    vi: () => 'Thời gian nhắc trước phải ngắn hơn thời hạn',
    en: () => 'the reminder lead must be shorter than the period',
  },
  department_escalation_invalid: {
    vi: ({ constraints }) => `Phải để trống hoặc là số nguyên từ 0 đến ${String(constraints[0])} ngày làm việc`,
    en: ({ constraints }) => `must be empty or a whole number from 0 to ${String(constraints[0])} working days`,
  },
  // Reception: transfer (Art 11.3), refusal (Art 58), the Art 54.2 bar (libs/domain/src/cases).
  unknown_organisation: { vi: () => 'Không có tổ chức với mã này', en: () => 'is not a known organisation' },
  not_a_competent_authority: {
    vi: () =>
      'Chỉ chuyển hồ sơ đến cơ quan chuyên môn, Ủy ban nhân dân cấp xã hoặc Tòa án (khoản 3 Điều 11 Luật 19/2023)',
    en: () =>
      'a case is transferred only to a specialised authority, a commune People’s Committee or a court (Law 19 Art 11.3)',
  },
  transfer_to_own_unit: {
    vi: () => 'Không thể chuyển hồ sơ cho chính đơn vị đang giải quyết',
    en: () => 'a case cannot be transferred to the unit handling it',
  },
  art_58_outcome_contradicts_ground: {
    vi: () => 'Mã kết quả không phù hợp với căn cứ từ chối (Điều 58 Luật 19/2023)',
    en: () => 'the outcome code contradicts the refusal ground (Law 19 Art 58)',
  },
  art_54_2_reason_required: {
    vi: () => 'Cần nêu lý do theo khoản 2 Điều 54 Luật 19/2023',
    en: () => 'one of the Law 19 Art 54.2 reasons is required',
  },
  art_54_2_barred: {
    vi: () => 'Vụ việc thuộc khoản 2 Điều 54 Luật 19/2023: chỉ được chuyển, từ chối hoặc rút yêu cầu',
    en: () => 'barred under Law 19 Art 54.2: the case can only be transferred, refused or withdrawn',
  },
  // Extending a clock (the mediation policy), Art 64.3 languages, signed records (apps/api/src/mediation).
  policy_not_extendable: {
    vi: () => 'Thời hạn này không được gia hạn',
    en: () => 'this period cannot be extended',
  },
  clock_not_open: {
    vi: () => 'Thời hạn không còn đang chạy (đã hoàn thành, đã hủy hoặc đang tạm dừng)',
    en: () => 'the period is not running (met, cancelled or paused)',
  },
  extension_not_after_due: {
    vi: () => 'Ngày gia hạn phải sau thời hạn hiện tại',
    en: () => 'the new date must be after the current due date',
  },
  max_extensions_reached: {
    vi: () => 'Đã gia hạn đủ số lần cho phép theo quy định',
    en: () => 'the period has been extended as many times as the policy allows',
  },
  art_64_3_interpreter_required: {
    vi: () =>
      'Một bên cần ngôn ngữ mà hòa giải viên không sử dụng: cần bố trí phiên dịch (khoản 3 Điều 64 Luật 19/2023)',
    en: () => 'a party needs a language the mediator does not speak: an interpreter is required (Law 19 Art 64.3)',
  },
  art_64_3_language_unknown: {
    vi: () =>
      'Chưa rõ ngôn ngữ của người tiêu dùng là người dân tộc thiểu số: ghi ngôn ngữ (consumerLanguage) hoặc bố trí phiên dịch (khoản 3 Điều 64 Luật 19/2023)',
    en: () =>
      'the language of the ethnic-minority consumer is unknown: give it (consumerLanguage) or arrange an interpreter (Law 19 Art 64.3)',
  },
  art_64_3_language_already_known: {
    vi: () => 'Ngôn ngữ của người tiêu dùng đã được ghi nhận hoặc không cần hỏi',
    en: () => 'the consumer’s language is already recorded, or was not unknown',
  },
  art_65_2_performance_after_record: {
    vi: () => 'Thời hạn thực hiện phải sau ngày lập biên bản hòa giải thành (khoản 2 Điều 65 Luật 19/2023)',
    en: () => 'the deadline for performing the agreement must be after the date of the record (Law 19 Art 65.2)',
  },
  not_a_signatory: {
    vi: () => 'Bên này không ký biên bản này',
    en: () => 'this party does not sign this record',
  },
  signed_before_record: {
    vi: () => 'Ngày ký không được trước ngày lập biên bản',
    en: () => 'the signing date must not be before the date of the record',
  },
  // Business warnings and open data (apps/api/src/public).
  noContactData: {
    vi: () => 'Không được ghi email, số điện thoại hoặc mã hồ sơ của người tiêu dùng trong nội dung công khai',
    en: () => 'must not contain email addresses, phone numbers or case tracking codes: the text is public',
  },
  // Communes' population (apps/api/src/admin/communes): one commune, or a CSV file line by line.
  populationRange: {
    vi: ({ constraints }) => `Nhập số dân là số nguyên, từ 1 đến ${whole(constraints[0], 'vi')}`,
    en: ({ constraints }) => `must be a whole number of inhabitants, from 1 to ${whole(constraints[0], 'en')}`,
  },
  populationYearRequired: {
    vi: () => 'Nhập năm của số liệu dân số',
    en: () => 'the year the figure is for is required',
  },
  populationYearRange: {
    vi: ({ constraints }) => `Năm của số liệu phải từ ${String(constraints[0])} đến ${String(constraints[1])}`,
    en: ({ constraints }) => `the year must be from ${String(constraints[0])} to ${String(constraints[1])}`,
  },
  csvLine: {
    vi: ({ field, constraints }) =>
      `Dòng ${String(constraints[0])}: ${fieldMessage('vi', String(constraints[1]), field, constraints.slice(2))}`,
    en: ({ field, constraints }) =>
      `Line ${String(constraints[0])}: ${fieldMessage('en', String(constraints[1]), field, constraints.slice(2))}`,
  },
  csvMissing: {
    vi: () => 'Chọn tệp CSV (cột code,population,year) để nhập',
    en: () => 'send a CSV file (columns code,population,year)',
  },
  csvEmpty: { vi: () => 'Tệp không có dòng số liệu nào', en: () => 'the file has no line of figures' },
  csvTooLong: {
    vi: ({ constraints }) => `Tệp quá dài: tối đa ${String(constraints[0])} dòng`,
    en: ({ constraints }) => `the file is too long: at most ${String(constraints[0])} lines`,
  },
  csvHeader: {
    vi: ({ constraints }) => `Dòng đầu tiên phải là: ${String(constraints[0])}`,
    en: ({ constraints }) => `the first line must be: ${String(constraints[0])}`,
  },
  csvColumns: {
    vi: ({ constraints }) =>
      `Cần đúng ${String(constraints[0])} cột (mã xã, số dân, năm), dòng này có ${String(constraints[1])}`,
    en: ({ constraints }) =>
      `needs exactly ${String(constraints[0])} columns (code, population, year), this line has ${String(constraints[1])}`,
  },
  duplicateCommune: {
    vi: ({ constraints }) => `Xã, phường này đã có ở dòng ${String(constraints[0])}`,
    en: ({ constraints }) => `this commune is already on line ${String(constraints[0])}`,
  },
  noConsumerName: {
    vi: () => 'Không được nêu tên người tiêu dùng trong nội dung công khai',
    en: () => 'must not name a consumer: the text is public',
  },
};

/** 5000000 → "5.000.000" (vi) or "5,000,000" (en). */
function whole(value: unknown, language: Language): string {
  return typeof value === 'number' ? value.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB') : String(value);
}

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
