import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PlainText, Trim } from './field-validators';

// The consumer's input to each action, through the access key: only the fields the domain reads for
// it. Which of them are required is the domain's rule (422 naming the field).

export class ProvideInfoActionDto {
  @ApiProperty({ example: 'Tôi gửi kèm ảnh hóa đơn ngày 2/3/2026.', maxLength: 5000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  @PlainText()
  answer: string;
}

/** accept_proposal: the open proposal is accepted as it is. */
export class AcceptProposalActionDto {}

export class RejectProposalActionDto {
  @ApiPropertyOptional({ example: 'Muốn đổi sản phẩm mới', maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  @PlainText()
  reason?: string;
}

export class WithdrawActionDto {
  @ApiPropertyOptional({ example: 'Đã được cửa hàng đổi máy mới.', maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  @PlainText()
  reason?: string;
}

/**
 * request_mediation: the organisation and the consumer's consent. The business's consent is its own
 * to give, through its link (Law 19 Art 61), never part of the consumer's request.
 */
export class RequestMediationActionDto {
  @ApiProperty({ format: 'uuid', description: 'Mediation organisation (GET /api/v1/reference/organisations)' })
  @IsOptional()
  @IsUUID()
  organisationId: string;

  @ApiProperty({
    example: true,
    description:
      'The consumer agrees to mediation (Law 19 Art 61). The business is then asked for its own consent through its link; the mediation begins once it agrees',
  })
  @IsOptional()
  @IsBoolean()
  consumerConsent: boolean;
}
