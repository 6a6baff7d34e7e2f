import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MEDIATION_TYPES, type MediationType } from '@app/domain';

export const PUBLIC_PAGE_MAX = 100;

/** A mediation organisation on the public list (Art 63.2): no email, no phone, no personal data. */
export class PublicMediationOrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Thái Nguyên' }) name: string;
  @ApiProperty({ enum: ['mediation_organisation', 'consumer_association'] }) kind: string;
  @ApiProperty({ enum: MEDIATION_TYPES, description: 'Law 19 Art 63.1 (a), (b) or (c)' }) mediationType: MediationType;
  @ApiPropertyOptional({ nullable: true }) address: string | null;
  @ApiPropertyOptional({ nullable: true, example: '05443' }) communeCode: string | null;
  @ApiPropertyOptional({ nullable: true, example: 'Phường Phan Đình Phùng' }) communeName: string | null;
  @ApiPropertyOptional({ nullable: true }) website: string | null;
  @ApiProperty({ description: 'Verified, active mediators on its public list' }) mediators: number;
}

export class NamedCodeDto {
  @ApiProperty({ example: 'tay' }) code: string;
  @ApiProperty({ example: 'Tiếng Tày' }) vi: string;
  @ApiProperty({ example: 'Tày' }) en: string;
}

/** A mediator on an organisation's public list: name, languages, sectors and profile only. */
export class PublicMediatorDto {
  @ApiProperty({ format: 'uuid', description: 'To name the mediator one asks for (Art 63.2)' }) id: string;
  @ApiProperty({ example: 'Hòa giải viên (demo)' }) fullName: string;
  @ApiProperty({ type: [NamedCodeDto] }) languages: NamedCodeDto[];
  @ApiProperty({ type: [NamedCodeDto] }) sectors: NamedCodeDto[];
  @ApiPropertyOptional({ nullable: true }) publicProfile: string | null;
}

export class PublicMediatorPageDto {
  @ApiProperty({ type: [PublicMediatorDto] }) items: PublicMediatorDto[];
  @ApiProperty({ description: 'All verified, active mediators of the organisation' }) total: number;
}

export class PublicMediatorsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: PUBLIC_PAGE_MAX, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PUBLIC_PAGE_MAX)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  offset?: number;
}
