import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { STAFF_ROLES, type StaffRole } from '@app/domain';
import { PlainText, Trim } from '../../complaints/dto/field-validators';
import { CursorPageQuery, QueryBoolean } from '../../common/validation/query-params';

const lowerCase = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value));

/** A staff account as an admin sees it. */
export class AccountDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: STAFF_ROLES }) role: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) organisationId: string | null;
  @ApiProperty({ nullable: true, type: String }) organisationName: string | null;
  @ApiProperty() supervisor: boolean;
  @ApiProperty({ description: 'false: signed out everywhere and cannot sign in' }) active: boolean;
  @ApiProperty({ description: 'The owner has set a password (through the emailed link)' }) passwordSet: boolean;
  @ApiProperty({ enum: ['vi', 'en'], description: 'Language of the emails the account gets' }) language: string;
  @ApiProperty() createdAt: Date;
}

export class AccountPageDto {
  @ApiProperty({ type: [AccountDto] }) items: AccountDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class ListAccountsQuery extends CursorPageQuery {
  @ApiPropertyOptional({ enum: STAFF_ROLES })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({ description: 'Only active (true) or deactivated (false) accounts' })
  @QueryBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'Part of the email or the name', maxLength: 100 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;
}

/** A new staff account: it has no password until its owner sets one through the emailed link. */
export class CreateAccountDto {
  @ApiProperty({ example: 'can.bo.moi@example.vn', maxLength: 250 })
  @Trim()
  @lowerCase()
  @IsEmail()
  @MaxLength(250)
  email: string;

  @ApiProperty({ example: 'Nguyễn Thị Lan', maxLength: 200 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @PlainText()
  fullName: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES)
  role: StaffRole;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Required for officer, mediator, mediation_admin and association',
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ default: false, description: 'Supervisor rights (reopen cases, decide warnings)' })
  @IsOptional()
  @IsBoolean()
  supervisor?: boolean;

  @ApiPropertyOptional({ enum: ['vi', 'en'], default: 'vi', description: 'Language of the emails the account gets' })
  @IsOptional()
  @IsIn(['vi', 'en'])
  language?: 'vi' | 'en';
}

/** What an admin may change; the email stays (it is the login name). */
export class UpdateAccountDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @PlainText()
  fullName?: string;

  @ApiPropertyOptional({ enum: STAFF_ROLES })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'null: no organisation (analyst, admin)' })
  @ValidateIf((_: object, value: unknown) => value !== undefined && value !== null)
  @IsUUID()
  organisationId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  supervisor?: boolean;

  @ApiPropertyOptional({ description: 'false signs the account out everywhere at once' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
