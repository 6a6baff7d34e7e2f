import { ConflictException, Injectable, NotFoundException, StreamableFile } from '@nestjs/common';
import { isUuid, type StaffPrincipal } from '@app/cases';
import { AppConfig } from '@app/config';
import { annualReportingPeriod } from '@app/domain';
import { JobQueueService, REPORT_JOB_OPTIONS } from '@app/queue';
import { type ReportFileFormat, type ReportState, ReportStore } from '@app/reports';
import type { Language } from '../common/validation/messages';
import type { ReportAcceptedDto } from './dto/annual-report-request.dto';
import type { ReportStatusDto } from './dto/report-status.dto';

const CONTENT_TYPES: Record<ReportFileFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

const NOT_READY: Record<Language, (status: string, percent: number) => string> = {
  vi: (status, percent) =>
    status === 'failed'
      ? 'Báo cáo không lập được; hãy yêu cầu lập lại'
      : `Báo cáo chưa lập xong (${status}, ${percent}%); hãy thử lại khi trạng thái là done`,
  en: (status, percent) =>
    status === 'failed'
      ? 'The report could not be compiled; request it again'
      : `The report is not ready yet (${status}, ${percent}%); try again once its status is done`,
};

/** The annual report (Plan 126/KH-UBND): requested here, compiled by the worker, downloaded when done. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly store: ReportStore,
    private readonly jobs: JobQueueService,
    private readonly config: AppConfig,
  ) {}

  async requestAnnual(staff: StaffPrincipal, year: number): Promise<ReportAcceptedDto> {
    const period = annualReportingPeriod(year, this.config.reportPeriodStart);
    const id = await this.store.requestAnnual(year, period, staff.userId);
    try {
      // The job id is the report's: enqueueing it again adds nothing.
      await this.jobs.enqueue('report.annual', { reportId: id }, { ...REPORT_JOB_OPTIONS, jobId: id });
    } catch (error) {
      // Nothing would ever pick the report up: say so on it rather than leave it queued.
      await this.store.markAttemptFailed(id, 'The report could not be put on the queue', true);
      throw error;
    }
    return { id };
  }

  async status(id: string): Promise<ReportStatusDto> {
    return present(await this.found(id));
  }

  async file(id: string, format: ReportFileFormat, language: Language): Promise<StreamableFile> {
    const report = await this.found(id);
    if (report.status !== 'done') throw new ConflictException(NOT_READY[language](report.status, report.percent));
    const bytes = await this.store.file(id, format);
    if (!bytes) throw new ConflictException(NOT_READY[language](report.status, report.percent));
    return new StreamableFile(bytes, {
      type: CONTENT_TYPES[format],
      disposition: `attachment; filename="bao-cao-nam-${report.year}-${report.periodFrom}-${report.periodTo}.${format}"`,
      length: bytes.length,
    });
  }

  private async found(id: string): Promise<ReportState> {
    const report = isUuid(id) ? await this.store.find(id) : null;
    if (!report) throw new NotFoundException('No such report');
    return report;
  }
}

function present(report: ReportState): ReportStatusDto {
  return {
    id: report.id,
    kind: report.kind,
    year: report.year,
    period: { from: report.periodFrom, to: report.periodTo },
    status: report.status,
    percent: report.percent,
    ...(report.error !== null && { error: report.error }),
    createdAt: report.createdAt.toISOString(),
    ...(report.finishedAt !== null && { finishedAt: report.finishedAt.toISOString() }),
  };
}
