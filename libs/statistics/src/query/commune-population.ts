import type { DataSource } from 'typeorm';
import { ratePer10k, type StatisticsReport } from '@app/domain';

/**
 * A by=commune report with each row's population and complaints received per 10,000 inhabitants,
 * and the communes whose population is not known (the dashboard names them). One small query on
 * the 92 communes, after the figures: the figures' SQL does not change.
 */
export async function withCommunePopulation(
  dataSource: DataSource,
  report: StatisticsReport,
): Promise<StatisticsReport> {
  const communes = await dataSource.query<{ code: string; population: number | null }[]>(
    `SELECT code, population FROM communes ORDER BY code`,
  );
  const population = new Map(communes.map((c) => [c.code, c.population]));
  return {
    ...report,
    rows: report.rows.map((row) => {
      const inhabitants = population.get(row.key) ?? null;
      return { ...row, population: inhabitants, receivedPer10k: ratePer10k(row.received, inhabitants) };
    }),
    communesWithoutPopulation: communes.filter((c) => c.population === null).map((c) => c.code),
  };
}
