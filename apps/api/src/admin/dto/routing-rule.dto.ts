import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export class CreateRoutingRuleDto {
  @ApiPropertyOptional({ example: '05443', description: 'Commune code; omit for any commune' })
  @IsOptional()
  @Matches(/^\d{5}$/)
  communeCode?: string;

  @ApiPropertyOptional({ example: 'ecommerce', description: 'Sector code; omit for any sector' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  sectorCode?: string;

  @ApiProperty({ format: 'uuid', description: 'The handling unit (organisation)' })
  @IsUUID()
  organisationId: string;
}

export class RoutingRuleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ nullable: true }) communeCode: string | null;
  @ApiPropertyOptional({ nullable: true }) sectorCode: string | null;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() active: boolean;
}
