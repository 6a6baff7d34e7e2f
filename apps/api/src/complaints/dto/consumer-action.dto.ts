import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PlainText, Trim } from './field-validators';

/**
 * The consumer's input to an action; which fields each action needs is the domain's rule:
 * provide_info {answer}; accept_proposal {}; reject_proposal {reason?}; withdraw {reason?};
 * request_mediation {organisationId, consumerConsent, businessConsent}.
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

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @IsBoolean()
  consumerConsent?: boolean;

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @IsBoolean()
  businessConsent?: boolean;
}
