import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { IsoDate } from '@app/domain';
import { ReportEntity } from '@app/persistence';

export type ReportFileFormat = 'xlsx' | 'pdf';

/** A report's state without its files (they are read only when downloaded). */
export type ReportState = Omit<ReportEntity, 'xlsx' | 'pdf' | 'requester'>;

/** The reports table: a request, its progress, its files. Intention-revealing writes for the api and the worker. */
@Injectable()
export class ReportStore {
  constructor(private readonly dataSource: DataSource) {}

  private get reports() {
    return this.dataSource.getRepository(ReportEntity);
  }

  async requestAnnual(year: number, period: { from: IsoDate; to: IsoDate }, requestedBy: string): Promise<string> {
    const saved = await this.reports.save({
      kind: 'annual' as const,
      year,
      periodFrom: period.from,
      periodTo: period.to,
      status: 'queued' as const,
      percent: 0,
      requestedBy,
    });
    return saved.id;
  }

  find(id: string): Promise<ReportState | null> {
    return this.reports.findOneBy({ id });
  }

  /** Starting (or retrying): running, from 0%, the last error kept until it succeeds. */
  async markRunning(id: string): Promise<void> {
    await this.reports.update({ id }, { status: 'running', percent: 0 });
  }

  async markProgress(id: string, percent: number): Promise<void> {
    await this.reports.update({ id, status: 'running' }, { percent: Math.max(0, Math.min(99, Math.round(percent))) });
  }

  async markDone(id: string, files: Record<ReportFileFormat, Buffer>): Promise<void> {
    await this.reports.update(
      { id },
      { status: 'done', percent: 100, error: null, finishedAt: new Date(), xlsx: files.xlsx, pdf: files.pdf },
    );
  }

  /** An attempt failed: `failed` when no retry follows, otherwise queued again with the reason shown. */
  async markAttemptFailed(id: string, message: string, final: boolean): Promise<void> {
    await this.reports.update(
      { id, status: In(['queued', 'running']) },
      {
        status: final ? 'failed' : 'queued',
        error: message.slice(0, 300),
        ...(final && { finishedAt: new Date() }),
      },
    );
  }

  async file(id: string, format: ReportFileFormat): Promise<Buffer | null> {
    const row = await this.reports
      .createQueryBuilder('r')
      .select(`r.${format}`, 'file')
      .where('r.id = :id', { id })
      .getRawOne<{ file: Buffer | null }>();
    return row?.file ?? null;
  }
}
