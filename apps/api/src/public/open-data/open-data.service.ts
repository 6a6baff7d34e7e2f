import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClockSettingsService } from '@app/cases';
import {
  INTAKE_CHANNEL_LABELS,
  endOfLocalDay,
  FINAL_STATUS_LABELS,
  FINAL_STATUSES,
  labelOf,
  type LabelTable,
  localMonth,
  OPEN_DATA_PAGE_DEFAULT,
  OUTCOME_CODE_LABELS,
  publishableBusiness,
  PURCHASE_CHANNEL_LABELS,
  startOfLocalDay,
  toLocalDate,
  type WorkingDayCalendar,
} from '@app/domain';
import type { Language } from '../../common/validation/messages';
import { fieldErrors } from '../../complaints/field-errors';
import type { OpenComplaintDto, OpenComplaintPageDto } from './dto/open-complaint.dto';
import type { OpenDataDayQuery, OpenDataQuery } from './dto/open-data.query';
import { openDataCsv } from './open-data-csv';
import { OpenDataCursor, OpenDataKeys } from './open-data-keys';

interface OpenDataRow {
  id: string;
  /** closed_at to the microsecond, for the cursor. */
  closedKey: string;
  closedAt: Date;
  submittedAt: Date;
  sectorCode: string;
  sectorVi: string;
  sectorEn: string;
  communeCode: string;
  communeName: string;
  channel: string;
  purchaseChannel: string;
  status: string;
  outcome: string | null;
  amountVnd: string | null;
  amountRecoveredVnd: string | null;
  businessName: string | null;
  businessTaxCode: string | null;
}

// Only the columns that may be published are read: never names, contacts, addresses, product or narrative.
// Consent to publication and closure are the conditions (PDPL 91/2025: publishing needs consent).
const SELECT = `
  SELECT c.id::text AS id,
         to_char(c.closed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "closedKey",
         c.closed_at AS "closedAt", c.submitted_at AS "submittedAt",
         c.sector_code AS "sectorCode", s.name_vi AS "sectorVi", s.name_en AS "sectorEn",
         c.commune_code AS "communeCode", m.name AS "communeName",
         c.channel, c.purchase_channel AS "purchaseChannel", c.status, c.outcome,
         c.amount_vnd::text AS "amountVnd", c.amount_recovered_vnd::text AS "amountRecoveredVnd",
         b.name AS "businessName", b.tax_code AS "businessTaxCode"
    FROM cases c
    JOIN sectors s ON s.code = c.sector_code
    JOIN communes m ON m.code = c.commune_code
    LEFT JOIN case_parties b ON b.case_id = c.id AND b.role = 'business'
   WHERE c.publication_consent AND c.closed_at IS NOT NULL AND c.status = ANY($1)
     AND c.closed_at >= coalesce($2::timestamptz, '-infinity') AND c.closed_at < coalesce($3::timestamptz, 'infinity')
     AND ($4::text IS NULL OR c.sector_code = $4)`;

// One day's dump is bounded by the cases closed that day; the cap guards against a runaway import.
const DAY_MAX = 50_000;

// Days PostgreSQL and Date both hold (year 0 and year 10000 do not): a bound outside is no bound.
const FIRST_DAY = '1970-01-01';
const LAST_DAY = '9999-12-30';
const inRange = (day: string): boolean => day >= FIRST_DAY && day <= LAST_DAY;

/** Closed complaints whose consumer consented to publication, anonymised (issue 11 "Open data"). */
@Injectable()
export class OpenDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clocks: ClockSettingsService,
    private readonly keys: OpenDataKeys,
  ) {}

  async page(query: OpenDataQuery, language: Language): Promise<OpenComplaintPageDto> {
    const { from, to, sector, cursor: token, limit = OPEN_DATA_PAGE_DEFAULT } = query;
    if (from && to && to < from) throw fieldErrors([{ field: 'to', rule: 'notBeforeFrom' }]);
    const cursor: OpenDataCursor | null = token ? this.keys.openCursor(token) : null;
    if (token && !cursor) throw fieldErrors([{ field: 'cursor', rule: 'isCursor' }]);
    const rows = await this.dataSource.query<OpenDataRow[]>(
      `${SELECT}
       AND ($5::timestamptz IS NULL OR (c.closed_at, c.id) > ($5::timestamptz, $6::uuid))
       ORDER BY c.closed_at, c.id
       LIMIT $7`,
      [
        FINAL_STATUSES,
        from && inRange(from) ? startOfLocalDay(from) : null,
        to && inRange(to) ? endOfLocalDay(to) : null,
        sector ?? null,
        cursor?.closedAt ?? null,
        cursor?.id ?? null,
        limit + 1,
      ],
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const { calendar } = await this.clocks.current();
    return {
      items: page.map((row) => this.present(row, language, calendar)),
      nextCursor: rows.length > limit && last ? this.keys.sealCursor({ closedAt: last.closedKey, id: last.id }) : null,
    };
  }

  /** The complaints closed on one day (Asia/Ho_Chi_Minh), as CSV for spreadsheets (UTF-8 with a BOM). */
  async day({ date }: OpenDataDayQuery, language: Language): Promise<string> {
    if (!inRange(date)) return openDataCsv([]);
    const rows = await this.dataSource.query<OpenDataRow[]>(`${SELECT} ORDER BY c.closed_at, c.id LIMIT $5`, [
      FINAL_STATUSES,
      startOfLocalDay(date),
      endOfLocalDay(date),
      null,
      DAY_MAX,
    ]);
    const { calendar } = await this.clocks.current();
    return openDataCsv(rows.map((row) => this.present(row, language, calendar)));
  }

  private present(row: OpenDataRow, language: Language, calendar: WorkingDayCalendar): OpenComplaintDto {
    const code = (table: LabelTable, value: string) => ({
      code: value,
      label: labelOf(table, value, language),
    });
    return {
      id: this.keys.publicId(row.id),
      sector: { code: row.sectorCode, label: language === 'en' ? row.sectorEn : row.sectorVi },
      commune: { code: row.communeCode, name: row.communeName },
      channel: code(INTAKE_CHANNEL_LABELS, row.channel),
      purchaseChannel: code(PURCHASE_CHANNEL_LABELS, row.purchaseChannel),
      receivedMonth: localMonth(row.submittedAt),
      closedMonth: localMonth(row.closedAt),
      finalStatus: code(FINAL_STATUS_LABELS, row.status),
      outcome: row.outcome ? code(OUTCOME_CODE_LABELS, row.outcome) : null,
      amountClaimedVnd: row.amountVnd === null ? null : Number(row.amountVnd),
      amountRecoveredVnd: row.amountRecoveredVnd === null ? null : Number(row.amountRecoveredVnd),
      workingDaysToClosure: Math.max(
        0,
        calendar.workingDaysBetween(toLocalDate(row.submittedAt), toLocalDate(row.closedAt)),
      ),
      business: publishableBusiness(row.businessName, row.businessTaxCode),
    };
  }
}
