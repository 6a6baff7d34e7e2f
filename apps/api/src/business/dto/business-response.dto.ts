import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { BUSINESS_RESPONSE_TYPES, BusinessResponseType } from '@app/domain';

// Each field belongs to one type of response: given with another, it is refused (400), not stored on the
// timeline unchecked; given with its own, it is checked whether the type requires it or not. An unknown
// type is the `type` field's error alone.
const ForType = (type: BusinessResponseType) =>
  ValidateBy({
    name: 'forResponseType',
    constraints: [type],
    validator: {
      validate: (_, args) => {
        const given = (args?.object as Partial<BusinessResponseDto> | undefined)?.type;
        return given === type || !(BUSINESS_RESPONSE_TYPES as readonly unknown[]).includes(given);
      },
    },
  });
const GivenOrFor = (type: BusinessResponseType, key: 'description' | 'reasons' | 'question') =>
  ValidateIf((o: BusinessResponseDto) => o.type === type || o[key] !== undefined);

/** The business's answer through its secure link (Law 19 Arts 57.2, 57.6). */
export class BusinessResponseDto {
  @ApiProperty({ enum: BUSINESS_RESPONSE_TYPES, example: 'propose_remedy' })
  @IsIn(BUSINESS_RESPONSE_TYPES)
  type: BusinessResponseType;

  @ApiPropertyOptional({ example: 'Hoàn lại 100% tiền hàng trong 5 ngày làm việc.', description: 'For propose_remedy' })
  @GivenOrFor('propose_remedy', 'description')
  @ForType('propose_remedy')
  @IsString()
  @MinLength(5)
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ example: 1290000, description: 'Money offered, in VND (propose_remedy)' })
  @IsOptional()
  @ForType('propose_remedy')
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  amountVnd?: number;

  @ApiPropertyOptional({ description: 'Written reasons, required to refuse (Art 57.6)' })
  @GivenOrFor('refuse_with_reasons', 'reasons')
  @ForType('refuse_with_reasons')
  @IsString()
  @MinLength(20)
  @MaxLength(5000)
  reasons?: string;

  @ApiPropertyOptional({ description: 'For ask_question' })
  @GivenOrFor('ask_question', 'question')
  @ForType('ask_question')
  @IsString()
  @MinLength(5)
  @MaxLength(5000)
  question?: string;
}
