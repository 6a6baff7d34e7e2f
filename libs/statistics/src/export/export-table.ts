import {
  DEADLINE_KINDS,
  REFUSAL_GROUNDS,
  STATISTICS_STAGES,
  type StatisticsFigures,
  type StatisticsReport,
  type StatisticsRow,
} from '@app/domain';
import { CLOCK_KIND_LABELS, DIMENSION_LABELS, EXPORT_TEXT, type ExportLanguage, STAGE_LABELS } from './export-labels';

/**
 * How a cell is written: text as is, counts and VND as integers, shares as percentages, days and
 * rates (per 10,000 inhabitants) with one decimal.
 */
export type CellKind = 'text' | 'count' | 'vnd' | 'share' | 'days' | 'rate';

export interface ExportColumn {
  readonly header: string;
  readonly kind: CellKind;
}

/** A cell's value: shares stay fractions (0.8333) here; each format decides how to print them. */
export type Cell = string | number | null;

/** One table of figures, the same for CSV, XLSX and the annual report's sheets. */
export interface ExportTable {
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly (readonly Cell[])[];
  readonly totals: readonly Cell[];
}

interface FigureColumn extends ExportColumn {
  readonly value: (figures: StatisticsFigures) => number | null;
}

const both = (vi: string, en: string) => ({ vi, en });

/** Kinds of clock breached anywhere in the report, in the domain's order, then any others by name. */
function breachedKinds(report: StatisticsReport): string[] {
  const seen = new Set<string>();
  for (const figures of [report.totals, ...report.rows]) {
    for (const [kind, count] of Object.entries(figures.clocksBreachedByKind)) if (count > 0) seen.add(kind);
  }
  const known = DEADLINE_KINDS.filter((kind) => seen.has(kind));
  const others = [...seen].filter((kind) => !(DEADLINE_KINDS as readonly string[]).includes(kind)).sort();
  return [...known, ...others];
}

function figureColumns(report: StatisticsReport, language: ExportLanguage): FigureColumn[] {
  const t = (vi: string, en: string) => both(vi, en)[language];
  const count = (header: string, value: (f: StatisticsFigures) => number | null): FigureColumn => ({
    header,
    kind: 'count',
    value,
  });
  const columns: FigureColumn[] = [
    count(t('Tiếp nhận', 'Received'), (f) => f.received),
    count(t('Thụ lý', 'Accepted'), (f) => f.accepted),
    count(t('Từ chối', 'Refused'), (f) => f.refused),
    ...REFUSAL_GROUNDS.map((ground) =>
      count(t(`Từ chối theo điểm ${ground} Điều 58`, `Refused, Art 58(${ground})`), (f) => f.refusedByGround[ground]),
    ),
    count(t('Chuyển cơ quan có thẩm quyền', 'Transferred'), (f) => f.transferred),
    count(t('Đang giải quyết', 'In progress'), (f) => f.inProgress),
    count(t('Giải quyết thành công', 'Resolved'), (f) => f.resolved),
    count(t('Không thành công', 'Unresolved'), (f) => f.unresolved),
    count(t('Rút yêu cầu', 'Withdrawn'), (f) => f.withdrawn),
    {
      header: t('Tỷ lệ tiếp nhận, hỗ trợ (%)', 'Received and supported (%)'),
      kind: 'share',
      value: (f) => f.supportedShare,
    },
    {
      header: t('Tỷ lệ giải quyết thành công (%)', 'Resolved successfully (%)'),
      kind: 'share',
      value: (f) => f.resolvedSuccessShare,
    },
    {
      header: t('Ngày làm việc đến khi kết thúc, trung vị', 'Working days to closure, median'),
      kind: 'days',
      value: (f) => f.daysToClosure.median,
    },
    {
      header: t('Ngày làm việc đến khi kết thúc, phân vị 90', 'Working days to closure, 90th percentile'),
      kind: 'days',
      value: (f) => f.daysToClosure.p90,
    },
    ...STATISTICS_STAGES.flatMap((stage): FigureColumn[] => [
      {
        header: t(
          `Ngày làm việc giai đoạn ${STAGE_LABELS[stage].vi}, trung vị`,
          `Working days in ${STAGE_LABELS[stage].en}, median`,
        ),
        kind: 'days',
        value: (f) => f.daysPerStage[stage].median,
      },
      {
        header: t(
          `Ngày làm việc giai đoạn ${STAGE_LABELS[stage].vi}, phân vị 90`,
          `Working days in ${STAGE_LABELS[stage].en}, 90th percentile`,
        ),
        kind: 'days',
        value: (f) => f.daysPerStage[stage].p90,
      },
    ]),
    count(t('DN trả lời đúng hạn (Điều 31.2, 57.2)', 'Business answered on time (Arts 31.2, 57.2)'), (f) => {
      return f.businessTimelyResponse.met;
    }),
    count(t('DN trả lời quá hạn (Điều 31.2, 57.2)', 'Business answered late (Arts 31.2, 57.2)'), (f) => {
      return f.businessTimelyResponse.breached;
    }),
    {
      header: t('Tỷ lệ DN trả lời đúng hạn (%)', 'Business answered on time (%)'),
      kind: 'share',
      value: (f) => f.businessTimelyResponse.rate,
    },
    ...breachedKinds(report).map((kind) =>
      count(
        t(`Quá hạn: ${CLOCK_KIND_LABELS[kind]?.vi ?? kind}`, `Breached: ${CLOCK_KIND_LABELS[kind]?.en ?? kind}`),
        (f) => f.clocksBreachedByKind[kind] ?? 0,
      ),
    ),
    {
      header: t('Số tiền yêu cầu (đồng)', 'Money claimed (VND)'),
      kind: 'vnd',
      value: (f) => f.moneyClaimedVnd,
    },
    {
      header: t('Số tiền được bồi hoàn (đồng)', 'Money recovered (VND)'),
      kind: 'vnd',
      value: (f) => f.moneyRecoveredVnd,
    },
  ];
  return columns;
}

interface RowColumn extends ExportColumn {
  readonly value: (row: StatisticsRow) => number | null;
}

/** By commune: the population and the complaints received per 10,000 inhabitants (empty when not known). */
function populationColumns(report: StatisticsReport, language: ExportLanguage): RowColumn[] {
  if (report.by !== 'commune') return [];
  return [
    { header: both('Dân số', 'Population')[language], kind: 'count', value: (row) => row.population ?? null },
    {
      header: both('Tiếp nhận trên 10.000 dân', 'Received per 10,000 inhabitants')[language],
      kind: 'rate',
      value: (row) => row.receivedPer10k ?? null,
    },
  ];
}

/**
 * The report as a table: code and label of each row (by commune, its population and rate), every
 * figure, then the totals line.
 */
export function exportTable(report: StatisticsReport, language: ExportLanguage): ExportTable {
  const figures = figureColumns(report, language);
  const population = populationColumns(report, language);
  const groupHeader = report.by ? DIMENSION_LABELS[report.by][language] : EXPORT_TEXT.notGrouped[language];
  return {
    columns: [
      { header: EXPORT_TEXT.key[language], kind: 'text' },
      { header: groupHeader, kind: 'text' },
      ...[...population, ...figures].map(({ header, kind }) => ({ header, kind })),
    ],
    rows: report.rows.map((row) => [
      row.key,
      row.label,
      ...population.map((column) => column.value(row)),
      ...figures.map((column) => column.value(row)),
    ]),
    // The province's total population is not given: the communes' figures may be partial.
    totals: [
      null,
      EXPORT_TEXT.total[language],
      ...population.map(() => null),
      ...figures.map((column) => column.value(report.totals)),
    ],
  };
}
