import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, ValidateIf } from 'class-validator';
import { POPULATION_CSV_COLUMNS, POPULATION_MAX, POPULATION_YEAR_MIN } from '@app/domain';

export class PutCommunePopulationDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 45210,
    minimum: 1,
    maximum: POPULATION_MAX,
    description: 'Inhabitants, from an official source; null clears the figure (the commune then has no rate)',
  })
  @ValidateIf((body: PutCommunePopulationDto) => body.population !== null)
  @IsInt()
  population: number | null;

  @ApiPropertyOptional({
    example: 2025,
    minimum: POPULATION_YEAR_MIN,
    description: 'The year the figure is for, up to the current year; required with a population',
  })
  @IsOptional()
  @IsInt()
  year?: number;
}

export class CommunePopulationDto {
  @ApiProperty({ example: '05443' }) code: string;
  @ApiProperty({ example: 'Phường Phan Đình Phùng' }) name: string;
  @ApiProperty({ enum: ['xa', 'phuong'] }) kind: string;
  @ApiProperty({ type: Number, nullable: true, example: 45210, description: 'Null: not known' })
  population: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 2025, description: 'The year the figure is for' })
  year: number | null;
}

export class PopulationImportDto {
  @ApiProperty({ example: 92, description: 'Communes whose figure the file set or cleared' })
  imported: number;
  @ApiProperty({ type: [CommunePopulationDto], description: 'Every commune after the import' })
  communes: CommunePopulationDto[];
}

/** How the import's body is described in the OpenAPI docs. */
export const POPULATION_CSV_EXAMPLE = `${POPULATION_CSV_COLUMNS.join(',')}\r\n05443,45210,2025\r\n05467,30100,2025\r\n05488,,\r\n`;
