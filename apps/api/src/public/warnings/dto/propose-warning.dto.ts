import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength, ValidateBy, ValidationOptions } from 'class-validator';
import {
  contactDataIn,
  TAX_CODE_PATTERN,
  WARNING_KINDS,
  WARNING_SUMMARY_MAX_LENGTH,
  type WarningKind,
} from '@app/domain';
import { PlainText, Trim } from '../../../complaints/dto/field-validators';

/** No e-mail address, phone number or tracking code: the summary is published (PDPL 91/2025). */
const NoContactData = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'noContactData',
      validator: {
        validate: (value, args) => {
          if (typeof value !== 'string') return true;
          const taxCode = (args?.object as { taxCode?: unknown } | undefined)?.taxCode;
          return contactDataIn(value, typeof taxCode === 'string' ? [taxCode] : []).length === 0;
        },
      },
    },
    options,
  );

/** A proposed warning: the counts and the cases behind it are computed from the tax code. */
export class ProposeWarningDto {
  @ApiProperty({ example: 'Công ty TNHH Điện máy Phương Nam', maxLength: 250 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(250)
  @PlainText()
  businessName: string;

  @ApiProperty({ example: '4600123456', description: '10 digits, or 10 digits + "-" + 3 digits for a branch' })
  @Trim()
  @IsString()
  @Matches(TAX_CODE_PATTERN)
  taxCode: string;

  @ApiProperty({ enum: WARNING_KINDS, example: 'refusing_warranty', description: 'Kind of violation' })
  @IsIn(WARNING_KINDS)
  kind: WarningKind;

  @ApiProperty({
    example: 'Doanh nghiệp nhiều lần từ chối bảo hành sản phẩm còn trong thời hạn bảo hành.',
    maxLength: WARNING_SUMMARY_MAX_LENGTH,
    description:
      'Public text, written by staff. It must not contain a consumer’s data: e-mail addresses, phone numbers ' +
      'and case tracking codes are refused (400)',
  })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(WARNING_SUMMARY_MAX_LENGTH)
  @PlainText()
  @NoContactData()
  summary: string;
}
