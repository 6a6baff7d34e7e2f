import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import { TAX_CODE_PATTERN } from '@app/domain';
import { PHONE_PATTERN, PlainText, Trim } from './field-validators';

/** The business complained about; for online purchases also the platform (recorded as co-respondent). */
export class BusinessDto {
  @ApiProperty({ example: 'Công ty TNHH Điện máy Phương Nam', maxLength: 250 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(250)
  @PlainText()
  name: string;

  @ApiPropertyOptional({ example: '4600123456', description: '10 digits, or 10 digits + "-" + 3 digits for a branch' })
  @IsOptional()
  @Trim()
  @IsString()
  @Matches(TAX_CODE_PATTERN)
  taxCode?: string;

  @ApiPropertyOptional({ example: '25 đường Lương Ngọc Quyến, Phường Phan Đình Phùng', maxLength: 500 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  @PlainText()
  address?: string;

  @ApiPropertyOptional({ example: '0208 3855 123' })
  @IsOptional()
  @Trim()
  @IsString()
  @Matches(PHONE_PATTERN)
  phone?: string;

  @ApiPropertyOptional({ example: 'cskh@dienmayphuongnam.vn' })
  @IsOptional()
  @Trim()
  @IsEmail()
  @MaxLength(250)
  email?: string;

  @ApiPropertyOptional({ example: 'https://dienmayphuongnam.vn' })
  @IsOptional()
  @Trim()
  @IsUrl()
  @MaxLength(250)
  website?: string;

  @ApiPropertyOptional({ example: 'Shopee', maxLength: 250, description: 'E-commerce platform (co-respondent)' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(250)
  @PlainText()
  platformName?: string;

  @ApiPropertyOptional({ example: 'dienmaypn.official', maxLength: 120, description: 'Seller id on the platform' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(120)
  @PlainText()
  shopId?: string;

  @ApiPropertyOptional({ example: '240915ABCD1234', maxLength: 120, description: 'Order id on the platform' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(120)
  @PlainText()
  orderId?: string;
}
