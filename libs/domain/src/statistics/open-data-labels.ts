import type { FinalStatus } from '../cases/case-status';
import type { PurchaseChannel } from '../intake/intake-vocabulary';

// Channels and outcomes: INTAKE_CHANNEL_LABELS and OUTCOME_CODE_LABELS (statistics-labels), as the figures use.
type Labels<K extends string> = Readonly<Record<K, Readonly<Record<'vi' | 'en', string>>>>;

/** Where the consumer bought. */
export const PURCHASE_CHANNEL_LABELS: Labels<PurchaseChannel> = {
  in_store: { vi: 'Tại cửa hàng', en: 'In a shop' },
  ecommerce_platform: { vi: 'Sàn thương mại điện tử', en: 'E-commerce platform' },
  social_network: { vi: 'Mạng xã hội', en: 'Social network' },
  phone_tv_sales: { vi: 'Bán hàng qua điện thoại, truyền hình', en: 'Phone or TV sales' },
  door_to_door: { vi: 'Bán hàng tận nhà', en: 'Door-to-door sales' },
  other: { vi: 'Khác', en: 'Other' },
};

/** How a case ended. */
export const FINAL_STATUS_LABELS: Labels<FinalStatus> = {
  resolved: { vi: 'Đã giải quyết', en: 'Resolved' },
  unresolved: { vi: 'Không giải quyết được', en: 'Not resolved' },
  transferred: { vi: 'Đã chuyển cơ quan có thẩm quyền', en: 'Transferred to the competent authority' },
  refused: { vi: 'Từ chối hỗ trợ', en: 'Support refused' },
  withdrawn: { vi: 'Người tiêu dùng rút yêu cầu', en: 'Withdrawn by the consumer' },
};

/** Any of the tables above. */
export type LabelTable = Readonly<Record<string, Readonly<Record<'vi' | 'en', string>>>>;

/** The label of `code` in a table, or the code itself when the table does not know it. */
export function labelOf(table: LabelTable, code: string, language: 'vi' | 'en'): string {
  return Object.hasOwn(table, code) ? table[code][language] : code;
}
