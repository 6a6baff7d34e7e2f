import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

/** What every staff action's body carries: the case version the caller saw (optimistic locking). */
export class VersionedActionDto {
  @ApiProperty({ example: 1, minimum: 1, description: 'The case `version` the caller saw (409 when stale)' })
  @IsInt()
  @Min(1)
  version: number;
}
