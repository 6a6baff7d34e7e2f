import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PlainText, Trim } from './field-validators';

/**
 * The consumer's input to an action; which fields each action needs is the domain's rule:
 * provide_info {answer}; accept_proposal {}; reject_proposal {reason?}; withdraw {reason?};
 * request_mediation {organisationId, consumerConsent}: the business's consent is its own to give,
 * through its link (Law 19 Art 61), never part of the consumer's request.
 */
export class ConsumerActionDto {
  @ApiPropertyOptional({ example: 'Tôi gửi kèm ảnh hóa đơn ngày 2/3/2026.', maxLength: 5000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  @PlainText()
  answer?: string;

  @ApiPropertyOptional({ example: 'Đã được cửa hàng đổi máy mới.', maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  @PlainText()
  reason?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Mediation organisation (GET /api/v1/reference/organisations)' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({
    example: true,
    description:
      'request_mediation: the consumer agrees to mediation (Law 19 Art 61). The business is then asked for its own consent through its link; the mediation begins once it agrees',
  })
  @IsOptional()
  @IsBoolean()
  consumerConsent?: boolean;
}
