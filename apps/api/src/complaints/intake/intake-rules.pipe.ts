import { Injectable, PipeTransform } from '@nestjs/common';
import { ReferenceCodes } from '@app/cases';
import { intakeViolations } from '@app/domain';
import type { ComplaintIntakeDto } from '../dto/complaint-intake.dto';
import { fieldErrors } from '../field-errors';

/**
 * Runs after the global ValidationPipe has checked the body's shape: the rules across fields
 * (contact, consent to sensitive data) and the references to the communes and sectors tables.
 */
@Injectable()
export class IntakeRulesPipe<T extends ComplaintIntakeDto> implements PipeTransform<T, Promise<T>> {
  constructor(private readonly references: ReferenceCodes) {}

  async transform(body: T): Promise<T> {
    const violations = intakeViolations(body.consumer, body.consents.sensitiveData === true);
    const [communeKnown, sectorKnown] = await Promise.all([
      this.references.isCommune(body.consumer.communeCode),
      this.references.isSector(body.purchase.sectorCode),
    ]);
    if (!communeKnown) violations.push({ field: 'consumer.communeCode', rule: 'knownCommune' });
    if (!sectorKnown) violations.push({ field: 'purchase.sectorCode', rule: 'knownSector' });
    if (violations.length > 0) throw fieldErrors(violations);
    return body;
  }
}
