import { ApiProperty } from '@nestjs/swagger';
import { NOTE_MAX, OptionalText, TEXT_MAX } from './action-fields';
import { VersionedActionDto } from './versioned-action.dto';

// Closing and reopening: resolve_by_advice (the case ends as explained), reopen (a supervisor, 30 days).

export class ResolveByAdviceActionDto extends VersionedActionDto {
  @ApiProperty({ example: 'Đã hướng dẫn quyền bảo hành.', maxLength: TEXT_MAX, description: 'The advice given' })
  @OptionalText(TEXT_MAX)
  adviceSummary: string;
}

export class ReopenActionDto extends VersionedActionDto {
  @ApiProperty({
    example: 'Người tiêu dùng có thêm chứng cứ',
    maxLength: NOTE_MAX,
    description: 'Why; required (422 reopen_reason_required)',
  })
  @OptionalText(NOTE_MAX)
  reason: string;
}
