import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import { MEDIATION_TYPES, type MediationType, ORGANISATION_KINDS, type OrganisationKind } from '@app/domain';
import { PHONE_PATTERN, PlainText, Trim } from '../../../complaints/dto/field-validators';
import { IfPresent, TrimToNull } from './optional-fields';

const WEB = { protocols: ['http', 'https'], require_protocol: true };

/** Contact details and seal: what an admin sets at creation and may change later. */
export class OrganisationContactsDto {
  @ApiPropertyOptional({
    enum: MEDIATION_TYPES,
    nullable: true,
    example: 'b',
    description:
      'Law 19 Art 63.1: (a) social organisation protecting consumers, (b) commercial, grassroots or court mediation body, (c) other. Required for kind mediation_organisation; the consumer association is (a).',
  })
  @IsOptional()
  @IsIn(MEDIATION_TYPES)
  mediationType?: MediationType | null;

  @ApiPropertyOptional({ example: 'Số 10 đường Hoàng Văn Thụ, Phường Phan Đình Phùng', maxLength: 500, nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(500)
  @PlainText()
  address?: string | null;

  @ApiPropertyOptional({ example: 'lienhe@hoagiai.example.vn', maxLength: 250, nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsEmail()
  @MaxLength(250)
  email?: string | null;

  @ApiPropertyOptional({ example: '0208 3650 100', nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @Matches(PHONE_PATTERN)
  phone?: string | null;

  @ApiPropertyOptional({ example: 'https://hoagiai.example.vn', maxLength: 250, nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsUrl(WEB)
  @MaxLength(250)
  website?: string | null;

  @ApiPropertyOptional({ example: true, description: 'Has a seal: a successful-mediation record is sealed (Art 65.3)' })
  @IfPresent()
  @IsBoolean()
  hasSeal?: boolean;
}

export class CreateOrganisationDto extends OrganisationContactsDto {
  @ApiProperty({
    example: 'TTHG-TN',
    description: 'Unique code: capital letters, digits, "-" and "_", 2–40 characters',
  })
  @Trim()
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,39}$/)
  code: string;

  @ApiProperty({ example: 'Trung tâm Hòa giải thương mại Thái Nguyên', maxLength: 250 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(250)
  @PlainText()
  name: string;

  @ApiProperty({ enum: ORGANISATION_KINDS, example: 'mediation_organisation' })
  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;

  @ApiPropertyOptional({ example: '05443', description: 'Commune code (GSO) of its seat', nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @Matches(/^\d{5}$/)
  communeCode?: string | null;
}

export class UpdateOrganisationDto extends OrganisationContactsDto {
  @ApiPropertyOptional({ example: true, description: 'Inactive organisations leave the public lists' })
  @IfPresent()
  @IsBoolean()
  active?: boolean;
}

export class ListOrganisationsQuery {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;
}

export class OrganisationDetailDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'TTHG-TN' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiPropertyOptional({ enum: MEDIATION_TYPES, nullable: true }) mediationType: MediationType | null;
  @ApiPropertyOptional({ nullable: true }) communeCode: string | null;
  @ApiPropertyOptional({ nullable: true }) address: string | null;
  @ApiPropertyOptional({ nullable: true }) email: string | null;
  @ApiPropertyOptional({ nullable: true }) phone: string | null;
  @ApiPropertyOptional({ nullable: true }) website: string | null;
  @ApiProperty() hasSeal: boolean;
  @ApiProperty() active: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
