import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { DATA_REQUEST_KINDS, type DataRequestKind } from '@app/domain';
import { PlainText, Trim } from '../../complaints/dto/field-validators';
import { CursorPageQuery } from '../../common/validation/query-params';

export class NewDataRequestDto {
  @ApiProperty({
    enum: DATA_REQUEST_KINDS,
    description: 'Law 91/2025 Art 4: erasure, restriction of processing, objection to processing, or another request',
  })
  @IsIn(DATA_REQUEST_KINDS)
  kind: DataRequestKind;

  @ApiPropertyOptional({ maxLength: 2000, description: 'What you ask, in your words (required for `other`)' })
  // Required for `other`: checked by the service, so a missing text gets one message.
  @ValidateIf((o: NewDataRequestDto) => o.text !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @PlainText()
  text?: string;
}

export class DataRequestDecisionDto {
  @ApiProperty({
    enum: ['answered', 'completed', 'refused'],
    description: 'answered: a first answer (handled, not finished); completed: carried out; refused (reason required)',
  })
  @IsIn(['answered', 'completed', 'refused'])
  decision: 'answered' | 'completed' | 'refused';

  @ApiPropertyOptional({ maxLength: 2000, description: 'Required when refused; sent to the consumer' })
  // Required when refused: checked with the request (dataRequestDecisionRefusal), one message.
  @ValidateIf((o: DataRequestDecisionDto) => o.reason !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @PlainText()
  reason?: string;
}

export class DataRequestListQuery extends CursorPageQuery {
  @ApiPropertyOptional({ enum: ['received', 'answered', 'completed', 'refused'] })
  @IsOptional()
  @IsIn(['received', 'answered', 'completed', 'refused'])
  status?: 'received' | 'answered' | 'completed' | 'refused';
}
