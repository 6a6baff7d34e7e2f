import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BusinessWarningEntity } from '@app/persistence';
import { JobHandler, JobHandlerContract, JobResult } from '@app/queue';

/**
 * Archives business warnings whose 30 days are over (Decree 55/2024 Art 24.3; libs/domain
 * `isWarningDueForArchive`: published and expired). The public list already leaves expired warnings
 * out, so this only tidies their status: nothing public depends on when it runs.
 */
@Injectable()
@JobHandler('warning.archive')
export class WarningArchiveHandler implements JobHandlerContract<'warning.archive'> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async handle(): Promise<JobResult> {
    const now = new Date();
    const result = await this.dataSource
      .getRepository(BusinessWarningEntity)
      .createQueryBuilder()
      .update()
      .set({ status: 'archived', archivedAt: now })
      .where(`status = 'published' AND expires_at <= :now`, { now })
      .execute();
    const archived = result.affected ?? 0;
    return archived > 0 ? { status: 'done', detail: { archived } } : { status: 'skipped', reason: 'nothing expired' };
  }
}
