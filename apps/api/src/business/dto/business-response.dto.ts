import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { BUSINESS_RESPONSE_TYPES, BusinessResponseType } from '@app/domain';

/** The business's answer through its secure link (Law 19 Arts 57.2, 57.6). */
export class BusinessResponseDto {
  @ApiProperty({ enum: BUSINESS_RESPONSE_TYPES, example: 'propose_remedy' })
  @IsIn(BUSINESS_RESPONSE_TYPES)
  type: BusinessResponseType;

  @ApiPropertyOptional({ example: 'Hoàn lại 100% tiền hàng trong 5 ngày làm việc.', description: 'For propose_remedy' })
  @ValidateIf((o: BusinessResponseDto) => o.type === 'propose_remedy')
  @IsString()
  @MinLength(5)
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ example: 1290000, description: 'Money offered, in VND (propose_remedy)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  amountVnd?: number;

  @ApiPropertyOptional({ description: 'Written reasons, required to refuse (Art 57.6)' })
  @ValidateIf((o: BusinessResponseDto) => o.type === 'refuse_with_reasons')
  @IsString()
  @MinLength(20)
  @MaxLength(5000)
  reasons?: string;

  @ApiPropertyOptional({ description: 'For ask_question' })
  @ValidateIf((o: BusinessResponseDto) => o.type === 'ask_question')
  @IsString()
  @MinLength(5)
  @MaxLength(5000)
  question?: string;
}
