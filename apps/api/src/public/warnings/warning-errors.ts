import { HttpException, HttpStatus } from '@nestjs/common';
import type { WarningDecisionRefusal } from '@app/domain';
import type { Language } from '../../common/validation/messages';

type WarningFailure = WarningDecisionRefusal | 'not_found' | 'no_substantiated_complaints';

const MESSAGES: Readonly<Record<WarningFailure, Readonly<Record<Language, string>>>> = {
  not_a_supervisor: {
    vi: 'Chỉ người phụ trách (giám sát) hoặc quản trị viên được duyệt hay từ chối cảnh báo',
    en: 'only a supervisor or an admin may approve or reject a warning',
  },
  own_proposal: {
    vi: 'Người đề xuất không được tự duyệt cảnh báo của mình',
    en: 'the proposer cannot approve their own warning',
  },
  not_proposed: {
    vi: 'Cảnh báo đã được quyết định trước đó',
    en: 'the warning has already been decided',
  },
  not_found: { vi: 'Không tìm thấy cảnh báo', en: 'no such warning' },
  no_substantiated_complaints: {
    vi: 'Chưa có khiếu nại đã kết thúc (giải quyết hoặc không giải quyết được) đối với doanh nghiệp có mã số thuế này',
    en: 'there is no closed (resolved or unresolved) complaint against the business with this tax code',
  },
};

// Codes become HTTP statuses only here, at the edge.
const STATUS: Readonly<Record<WarningFailure, HttpStatus>> = {
  not_a_supervisor: HttpStatus.FORBIDDEN,
  own_proposal: HttpStatus.FORBIDDEN,
  not_proposed: HttpStatus.CONFLICT,
  not_found: HttpStatus.NOT_FOUND,
  no_substantiated_complaints: HttpStatus.UNPROCESSABLE_ENTITY,
};

/** A refused warning action as an HTTP error, with its code and a message in the caller's language. */
export function warningError(code: WarningFailure, language: Language): HttpException {
  const statusCode = STATUS[code];
  return new HttpException({ statusCode, error: code, message: MESSAGES[code][language] }, statusCode);
}
