import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class FileDownloadQuery {
  @ApiPropertyOptional({
    enum: ['1', '0'],
    description: '1: shown in the browser (`Content-Disposition: inline`) when an image or a PDF; else downloaded',
  })
  @IsOptional()
  @IsIn(['1', '0'])
  inline?: '1' | '0';
}
