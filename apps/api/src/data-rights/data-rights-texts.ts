import type { ConsentWithdrawalEffect, DataRequestKind } from '@app/domain';
import type { Language } from '../common/validation/messages';
import type { DataRightsFailure } from './data-rights.error';

// Plain words for the consumer, Vietnamese first: what a withdrawal changed, what happens to a request.

export const WITHDRAWAL_EXPLANATIONS: Record<ConsentWithdrawalEffect, Record<Language, string>> = {
  sensitive_data_removed: {
    vi: 'Thông tin nhạy cảm của bạn (dân tộc, sức khỏe, ngôn ngữ dân tộc) đã được xóa khỏi hồ sơ ngay. Khiếu nại vẫn được giải quyết bình thường.',
    en: 'Your sensitive data (ethnicity, health, ethnic language) was removed from the case at once. The complaint is still handled as before.',
  },
  removed_from_open_data: {
    vi: 'Hồ sơ của bạn không còn nằm trong dữ liệu mở được công bố. Khiếu nại vẫn được giải quyết bình thường.',
    en: 'Your case has left the published open data. The complaint is still handled as before.',
  },
  contact_hidden_from_business: {
    vi: 'Doanh nghiệp không còn thấy email và số điện thoại của bạn. Cơ quan giải quyết vẫn liên hệ với bạn như trước.',
    en: 'The business no longer sees your email and phone number. The handling unit still contacts you as before.',
  },
};

export const REQUEST_EXPLANATIONS: Record<DataRequestKind, Record<Language, string>> = {
  erasure: {
    vi: 'Đã nhận yêu cầu xóa dữ liệu. Nếu yêu cầu được chấp nhận: hồ sơ đã kết thúc thì dữ liệu cá nhân của bạn được xóa ngay; hồ sơ đang giải quyết thì dữ liệu được xóa ngay khi hồ sơ kết thúc. Sau khi xóa, mã truy cập không còn dùng được.',
    en: 'Your erasure request was received. If it is accepted, your personal data is erased at once when the case is closed, or as soon as it closes while it is still being handled. After the erasure the access key no longer works.',
  },
  restriction: {
    vi: 'Đã nhận yêu cầu hạn chế xử lý dữ liệu của bạn.',
    en: 'Your request to restrict the processing of your data was received.',
  },
  objection: {
    vi: 'Đã nhận yêu cầu phản đối xử lý dữ liệu của bạn.',
    en: 'Your objection to the processing of your data was received.',
  },
  other: {
    vi: 'Đã nhận yêu cầu của bạn về dữ liệu cá nhân.',
    en: 'Your request about your personal data was received.',
  },
};

export const FAILURE_MESSAGES: Record<DataRightsFailure, Record<Language, string>> = {
  not_found: { vi: 'Không tìm thấy', en: 'Not found' },
  consent_needed_while_case_runs: {
    vi: 'Cần xử lý dữ liệu cá nhân của bạn để giải quyết khiếu nại, nên không thể rút riêng sự đồng ý này khi hồ sơ đang được giải quyết. Nếu không muốn tiếp tục, bạn có thể rút khiếu nại.',
    en: 'Your personal data is needed to handle the complaint, so this consent cannot be withdrawn on its own while the case runs. If you do not want to go on, you can withdraw the complaint.',
  },
  case_file_kept_by_law: {
    vi: 'Hồ sơ đã kết thúc và được lưu theo quy định của pháp luật. Bạn có thể yêu cầu xóa dữ liệu: nếu được chấp nhận, dữ liệu cá nhân của bạn được xóa ngay.',
    en: 'The case is closed and its file is kept as the law requires. You can ask for erasure: if it is accepted, your personal data is erased at once.',
  },
  consent_not_given: {
    vi: 'Bạn chưa đồng ý điều này, hoặc đã rút lại rồi.',
    en: 'This consent is not given, or was withdrawn already.',
  },
  request_closed: {
    vi: 'Yêu cầu này đã được quyết định.',
    en: 'This request was decided already.',
  },
};
