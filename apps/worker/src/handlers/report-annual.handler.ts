import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { isUuid } from '@app/cases';
import { JobHandler, JobHandlerContract, JobPayloads, JobResult } from '@app/queue';
import { AnnualReportCompiler, ReportStore } from '@app/reports';

/** What staff are told of a failed attempt: the error's kind and message, never a payload or a stack. */
function failureOf(error: unknown): string {
  if (!(error instanceof Error)) return 'Unknown error';
  const code = (error as { code?: string }).code;
  return `${error.name}${code ? ` ${code}` : ''}: ${error.message}`;
}

/**
 * Compiles an annual report (Plan 126/KH-UBND): running, progress after each section, then the
 * XLSX and PDF stored with the report and status done. A failed attempt is retried per the report
 * jobs' policy (libs/queue retry-policy); the last one leaves the report `failed` with the reason.
 */
@Injectable()
@JobHandler('report.annual')
export class ReportAnnualHandler implements JobHandlerContract<'report.annual'> {
  constructor(
    private readonly store: ReportStore,
    private readonly compiler: AnnualReportCompiler,
  ) {}

  async handle({ reportId }: JobPayloads['report.annual'], job: Job<JobPayloads['report.annual']>): Promise<JobResult> {
    // A job's data is not trusted: an id that is no uuid names no report (and is no query's parameter).
    const report = isUuid(reportId) ? await this.store.find(reportId) : null;
    if (!report) return { status: 'skipped', reason: 'no such report' };
    if (report.status === 'done' || report.status === 'failed') return { status: 'skipped', reason: report.status };
    await this.store.markRunning(reportId);
    try {
      const files = await this.compiler.compile(
        { year: report.year, period: { from: report.periodFrom, to: report.periodTo } },
        (percent) => this.store.markProgress(reportId, percent),
      );
      await this.store.markDone(reportId, files);
      return {
        status: 'done',
        detail: { year: report.year, xlsxBytes: files.xlsx.length, pdfBytes: files.pdf.length },
      };
    } catch (error) {
      // attemptsMade counts the attempts that failed before this one.
      const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await this.store.markAttemptFailed(reportId, failureOf(error), final);
      throw error;
    }
  }
}
