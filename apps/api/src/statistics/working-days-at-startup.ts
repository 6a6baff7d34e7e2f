import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { WorkingDaysRefresher } from '@app/statistics';

/**
 * Fills the working_days table when the api starts, so that the first statistics query need not.
 * The api's, not the worker's: the worker's rollups refresh it before they count, and the fill (the
 * lunar holidays of a dozen years) would hold up the first second of its sending.
 */
@Injectable()
export class WorkingDaysAtStartup implements OnApplicationBootstrap {
  private readonly logger = new Logger(WorkingDaysAtStartup.name);

  constructor(private readonly workingDays: WorkingDaysRefresher) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.workingDays.ensureFresh();
    } catch (error) {
      // E.g. a database not migrated yet: the first statistics query fills the table.
      const code = (error as { code?: string }).code ?? (error as Error).name;
      this.logger.warn(`working_days not filled at start-up (${code}); it is filled on the first statistics query`);
    }
  }
}
