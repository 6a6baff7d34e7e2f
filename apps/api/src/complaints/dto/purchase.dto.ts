import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PURCHASE_CHANNELS, type PurchaseChannel } from '@app/domain';
import { IsIsoDate, NotInFuture, PlainText, Trim } from './field-validators';

export class PurchaseDto {
  @ApiProperty({ example: 'ecommerce', description: 'A sector code (GET /api/v1/reference/sectors)' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,39}$/)
  sectorCode: string;

  @ApiProperty({ example: 'Máy giặt cửa trước 9 kg', maxLength: 300 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @PlainText()
  product: string;

  @ApiPropertyOptional({ example: '2026-03-02', format: 'date', description: 'Not in the future' })
  @IsOptional()
  @IsIsoDate()
  @NotInFuture()
  purchaseDate?: string;

  @ApiPropertyOptional({ example: 8_490_000, minimum: 0, description: 'Whole VND' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amountVnd?: number;

  @ApiProperty({ enum: PURCHASE_CHANNELS, example: 'ecommerce_platform' })
  @IsEnum(PURCHASE_CHANNELS)
  channel: PurchaseChannel;
}
