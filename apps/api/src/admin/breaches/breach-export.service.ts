import { Injectable, StreamableFile } from '@nestjs/common';
import type { Language } from '../../common/validation/messages';
import { breachExportFilename, breachRegisterCsv, breachRegisterXlsx } from './breach-export';
import { BreachesService } from './breaches.service';
import type { BreachExportFormat } from './dto/breach-export.query';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The register as a CSV or XLSX download, in the list's order. */
@Injectable()
export class BreachExportService {
  constructor(private readonly breaches: BreachesService) {}

  async export(format: BreachExportFormat, language: Language): Promise<StreamableFile> {
    const now = new Date();
    const rows = await this.breaches.list(language);
    const bytes = format === 'csv' ? breachRegisterCsv(rows, language) : await breachRegisterXlsx(rows, language, now);
    return new StreamableFile(bytes, {
      type: CONTENT_TYPES[format],
      disposition: `attachment; filename="${breachExportFilename(now, format)}"`,
      length: bytes.length,
    });
  }
}
