import type { OpenComplaintDto } from './dto/open-complaint.dto';

/** Excel reads UTF-8 (Vietnamese text) only with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

const COLUMNS: readonly [string, (c: OpenComplaintDto) => string | number | null][] = [
  ['id', (c) => c.id],
  ['sector_code', (c) => c.sector.code],
  ['sector', (c) => c.sector.label],
  ['commune_code', (c) => c.commune.code],
  ['commune', (c) => c.commune.name],
  ['channel_code', (c) => c.channel.code],
  ['channel', (c) => c.channel.label],
  ['purchase_channel_code', (c) => c.purchaseChannel.code],
  ['purchase_channel', (c) => c.purchaseChannel.label],
  ['received_month', (c) => c.receivedMonth],
  ['closed_month', (c) => c.closedMonth],
  ['final_status_code', (c) => c.finalStatus.code],
  ['final_status', (c) => c.finalStatus.label],
  ['outcome_code', (c) => c.outcome?.code ?? null],
  ['outcome', (c) => c.outcome?.label ?? null],
  ['amount_claimed_vnd', (c) => c.amountClaimedVnd],
  ['amount_recovered_vnd', (c) => c.amountRecoveredVnd],
  ['working_days_to_closure', (c) => c.workingDaysToClosure],
  ['business_name', (c) => c.business?.name ?? null],
  ['business_tax_code', (c) => c.business?.taxCode ?? null],
];

/**
 * One CSV field: quoted when needed; text a spreadsheet would run as a formula (= + - @ first) gets a
 * leading apostrophe, since business names come from the public form.
 */
function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a header row and CRLF line ends, preceded by the BOM. */
export function openDataCsv(items: readonly OpenComplaintDto[]): string {
  const lines = [
    COLUMNS.map(([name]) => name).join(','),
    ...items.map((c) => COLUMNS.map(([, get]) => field(get(c))).join(',')),
  ];
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
