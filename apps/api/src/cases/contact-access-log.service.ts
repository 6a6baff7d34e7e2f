import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StaffPrincipal } from '@app/cases';
import type { ContactAccessKind } from '@app/persistence';

/**
 * Writes who viewed a party's contact data (issue 12 item 8). One insert per view; a failed write
 * is logged (without personal data) and never fails the view itself.
 */
@Injectable()
export class ContactAccessLogService {
  private readonly logger = new Logger(ContactAccessLogService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(staff: StaffPrincipal, caseId: string, what: ContactAccessKind, fileId: string | null = null) {
    try {
      await this.dataSource.query(
        'INSERT INTO contact_access_log (user_id, case_id, what, file_id) VALUES ($1, $2, $3, $4)',
        [staff.userId, caseId, what, fileId],
      );
    } catch (error) {
      this.logger.warn(`contact access not logged (${what}): ${(error as Error).message}`);
    }
  }
}
