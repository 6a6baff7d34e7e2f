import { PartialType, PickType } from '@nestjs/swagger';
import { ConsumerDto } from '../../complaints/dto/consumer.dto';

/**
 * The consumer's corrected contact data: the intake's fields with the intake's validators, each
 * optional. `email`, `phone` or `address` may be null to remove it (one of email and phone stays).
 */
export class ContactCorrectionDto extends PartialType(
  PickType(ConsumerDto, ['fullName', 'phone', 'email', 'address', 'communeCode'] as const),
) {}
