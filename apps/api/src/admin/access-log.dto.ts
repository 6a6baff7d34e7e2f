import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

export class AccessLogQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only views of this case' })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only views by this staff member' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,18}$/)
  cursor?: string;
}

export class AccessLogEntryDto {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: Date;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Null if the account is gone' })
  userName: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) userRole: string | null;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'TN-2026-000123' }) trackingCode: string | null;
  @ApiProperty({
    enum: ['case_detail', 'file_download'],
    description: 'case_detail: the case with its parties’ contact data; file_download: one of its files',
  })
  what: string;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: 'The file, for a download' })
  fileId: string | null;
}

export class AccessLogPageDto {
  @ApiProperty({ type: [AccessLogEntryDto], description: 'Newest first' }) items: AccessLogEntryDto[];
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last',
  })
  nextCursor: string | null;
}
