import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CASE_STATUSES } from '@app/domain';
import { QueryBoolean } from '../../common/validation/query-params';

/** The filters every case list takes: status, sector, commune, priority. */
export class CaseFiltersQuery {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: string;

  @ApiPropertyOptional({ example: 'ecommerce' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  sector?: string;

  @ApiPropertyOptional({ example: '05443' })
  @IsOptional()
  @Matches(/^\d{5}$/)
  commune?: string;

  @ApiPropertyOptional({
    description: 'true: only priority cases (vulnerable consumers, Law 19 Art 8.2.đ); false: the others',
  })
  @QueryBoolean()
  priority?: boolean;
}
