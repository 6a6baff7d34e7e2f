import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { monthDays } from '@app/domain';
import { WorkingDaysRefresher } from '../working-days/working-days.refresher';
import {
  CLEAR_DIRTY_SQL,
  DELETE_CELLS_SQL,
  INSERT_CELLS_SQL,
  MONTH_BUILT_SQL,
  MONTH_LOCK_SQL,
  MONTH_STALE_SQL,
  STALE_MONTHS_SQL,
} from './rollup-sql';

/** PostgreSQL's "could not serialize access": a fact of the month changed while it was counted. */
const SERIALIZATION_FAILURE = '40001';

export interface RollupRun {
  /** Months (YYYY-MM) counted again. */
  readonly built: string[];
  /** Months left for the next run: another worker held them, or a fact changed while they were counted. */
  readonly skipped: string[];
}

/**
 * Keeps the statistics' month cells (migration StatisticsRollups) up to date, a month at a time:
 * each month with a changed fact, or counted on another working-day calendar, is counted again from
 * the facts in one REPEATABLE READ transaction that also clears the facts' marks. A fact changed
 * while its month is counted makes the clearing fail (serialization failure): the month stays
 * marked, the answers keep counting it from the facts, and the next run builds it.
 */
@Injectable()
export class StatisticsRollupService {
  private readonly logger = new Logger(StatisticsRollupService.name);
  /** The run in progress in this process: a second job waits for it rather than building beside it. */
  private running?: Promise<RollupRun>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly workingDays: WorkingDaysRefresher,
  ) {}

  /** One run at a time per process (the job fires every few seconds; a first build takes minutes). */
  rollUp(now = new Date()): Promise<RollupRun> {
    if (this.running) return this.running.then(() => ({ built: [], skipped: [] }));
    this.running = this.run(now).finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(now: Date): Promise<RollupRun> {
    await this.workingDays.ensureFresh(now);
    const stale = await this.dataSource.query<{ month: string }[]>(STALE_MONTHS_SQL);
    const built: string[] = [];
    const skipped: string[] = [];
    for (const { month } of stale) {
      const name = month.slice(0, 7);
      const outcome = await this.buildMonth(name);
      if (outcome === 'built') built.push(name);
      else if (outcome === 'skipped') skipped.push(name);
    }
    if (built.length > 0 || skipped.length > 0) this.logger.log({ built: built.length, skipped }, 'statistics rollup');
    return { built, skipped };
  }

  /**
   * Counts one month (YYYY-MM) again: `skipped` when another run holds it or a fact changed meanwhile,
   * `current` when another run has built it since this one listed it.
   */
  private async buildMonth(month: string): Promise<'built' | 'skipped' | 'current'> {
    const [first, last] = monthDays(month);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      const [{ locked }] = (await runner.query(MONTH_LOCK_SQL, [Number(first.replaceAll('-', ''))])) as {
        locked: boolean;
      }[];
      if (!locked) {
        await runner.rollbackTransaction();
        return 'skipped';
      }
      const [{ stale }] = (await runner.query(MONTH_STALE_SQL, [first])) as { stale: boolean }[];
      if (!stale) {
        await runner.rollbackTransaction();
        return 'current';
      }
      // Without JIT (compiling the wide aggregate costs more than it saves on a month), and with the
      // memory to group a month's exploded rows in hash tables rather than sorts spilled to disk.
      await runner.query(`SET LOCAL jit = off`);
      await runner.query(`SET LOCAL work_mem = '256MB'`);
      await runner.query(DELETE_CELLS_SQL, [first]);
      await runner.query(INSERT_CELLS_SQL, [first, last]);
      await runner.query(CLEAR_DIRTY_SQL, [first, last]);
      await runner.query(MONTH_BUILT_SQL, [first]);
      await runner.commitTransaction();
      return 'built';
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      if ((error as { code?: string }).code === SERIALIZATION_FAILURE) return 'skipped';
      throw error;
    } finally {
      await runner.release();
    }
  }
}
