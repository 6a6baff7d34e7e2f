import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsIsoDate, PlainText } from '../../../complaints/dto/field-validators';

/** Years an admin may edit: the calendar's working range for complaint clocks. */
export const FIRST_EDITABLE_YEAR = 2000;
export const LAST_EDITABLE_YEAR = 2100;

export const YEAR_TABLE_ORIGINS = ['saved', 'official', 'statutory'] as const;
export type YearTableOrigin = (typeof YEAR_TABLE_ORIGINS)[number];

export class YearParamDto {
  @ApiProperty({ example: 2027, minimum: FIRST_EDITABLE_YEAR, maximum: LAST_EDITABLE_YEAR })
  @Type(() => Number)
  @IsInt()
  @Min(FIRST_EDITABLE_YEAR)
  @Max(LAST_EDITABLE_YEAR)
  year: number;
}

export class PutCalendarYearDto {
  @ApiProperty({
    type: [String],
    format: 'date',
    maxItems: 366,
    example: ['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
    description: 'Days off in that year (YYYY-MM-DD); weekend days may be listed, they are off anyway',
  })
  @IsArray()
  @ArrayMaxSize(366)
  @IsIsoDate({ each: true })
  daysOff: string[];

  @ApiProperty({
    type: [String],
    format: 'date',
    maxItems: 366,
    example: ['2027-02-20'],
    description: 'Saturdays or Sundays worked in that year (swapped days); none may also be a day off',
  })
  @IsArray()
  @ArrayMaxSize(366)
  @IsIsoDate({ each: true })
  workingDays: string[];

  @ApiPropertyOptional({ example: 'Thông báo 1234/TB-BNV', maxLength: 300, description: 'Where the table comes from' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @PlainText()
  source?: string;
}

export class CalendarYearDto {
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ type: [String], format: 'date' }) daysOff: string[];
  @ApiProperty({ type: [String], format: 'date' }) workingDays: string[];
  @ApiProperty({ description: 'Where the table comes from' }) source: string;
  @ApiProperty({
    enum: YEAR_TABLE_ORIGINS,
    description:
      'saved: edited by an admin; official: shipped with the software; statutory: computed from the Labour Code',
  })
  origin: YearTableOrigin;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, description: 'Null unless saved' })
  updatedAt: Date | null;
}

export class StatutoryHolidayDto {
  @ApiProperty({ format: 'date', example: '2026-04-26' }) date: string;
  @ApiProperty({
    example: 'hung_kings',
    enum: ['new_year', 'tet', 'hung_kings', 'reunification', 'labour_day', 'national_day', 'compensatory'],
  })
  kind: string;
  @ApiPropertyOptional({ format: 'date', description: 'For a compensatory day: the holiday it replaces' })
  replaces?: string;
}

export class CalendarYearDetailDto extends CalendarYearDto {
  @ApiProperty({
    type: [StatutoryHolidayDto],
    description: 'The holidays of the Labour Code 2019 (Arts 111.3, 112) in that year, for reference',
  })
  holidays: StatutoryHolidayDto[];
  @ApiProperty({ example: 246, description: 'Working days in the year under this table' })
  workingDayCount: number;
}
