import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { DESIRED_RESOLUTIONS, type DesiredResolution } from '@app/domain';
import { BusinessDto } from './business.dto';
import { ConsentsDto } from './consents.dto';
import { ConsumerDto } from './consumer.dto';
import { IsIsoDate, NotInFuture, PlainText, Trim } from './field-validators';
import { PurchaseDto } from './purchase.dto';

/** Whether the consumer already asked the business (Law 19 Art 56.3: support when it is silent or refuses). */
export class BusinessContactedDto {
  @ApiProperty({ example: true })
  @IsBoolean()
  contacted: boolean;

  @ApiPropertyOptional({ example: '2026-03-10', format: 'date' })
  @IsOptional()
  @IsIsoDate()
  @NotInFuture()
  date?: string;

  @ApiPropertyOptional({ example: 'Cửa hàng hẹn kiểm tra nhưng không trả lời.', maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  @PlainText()
  answer?: string;
}

/** A complaint as the consumer files it on the public form. */
export class ComplaintIntakeDto {
  @ApiProperty({ type: ConsumerDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ConsumerDto)
  consumer: ConsumerDto;

  @ApiProperty({ type: BusinessDto })
  @IsObject()
  @ValidateNested()
  @Type(() => BusinessDto)
  business: BusinessDto;

  @ApiProperty({ type: PurchaseDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PurchaseDto)
  purchase: PurchaseDto;

  @ApiProperty({
    minLength: 20,
    maxLength: 5000,
    example: 'Máy giặt mua ngày 2/3 bị rò nước sau hai tuần sử dụng; cửa hàng từ chối bảo hành.',
  })
  @Trim()
  @IsString()
  @MinLength(20)
  @MaxLength(5000)
  @PlainText()
  description: string;

  @ApiProperty({ enum: DESIRED_RESOLUTIONS, isArray: true, example: ['replacement', 'refund'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(DESIRED_RESOLUTIONS.length)
  @IsEnum(DESIRED_RESOLUTIONS, { each: true })
  desiredResolutions: DesiredResolution[];

  @ApiPropertyOptional({ type: BusinessContactedDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BusinessContactedDto)
  businessContacted?: BusinessContactedDto;

  @ApiProperty({ type: ConsentsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ConsentsDto)
  consents: ConsentsDto;
}
