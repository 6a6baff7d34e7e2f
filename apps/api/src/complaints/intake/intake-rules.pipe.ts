import { Injectable, PipeTransform } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { intakeViolations } from '@app/domain';
import { CommuneEntity, SectorEntity } from '@app/persistence';
import type { ComplaintIntakeDto } from '../dto/complaint-intake.dto';
import { fieldErrors } from '../field-errors';

/**
 * Runs after the global ValidationPipe has checked the body's shape: the rules across fields
 * (contact, consent to sensitive data) and the references to the communes and sectors tables.
 */
@Injectable()
export class IntakeRulesPipe<T extends ComplaintIntakeDto> implements PipeTransform<T, Promise<T>> {
  constructor(private readonly dataSource: DataSource) {}

  async transform(body: T): Promise<T> {
    const violations = intakeViolations(body.consumer, body.consents.sensitiveData === true);
    const [communeKnown, sectorKnown] = await Promise.all([
      this.dataSource.getRepository(CommuneEntity).existsBy({ code: body.consumer.communeCode }),
      this.dataSource.getRepository(SectorEntity).existsBy({ code: body.purchase.sectorCode }),
    ]);
    if (!communeKnown) violations.push({ field: 'consumer.communeCode', rule: 'knownCommune' });
    if (!sectorKnown) violations.push({ field: 'purchase.sectorCode', rule: 'knownSector' });
    if (violations.length > 0) throw fieldErrors(violations);
    return body;
  }
}
