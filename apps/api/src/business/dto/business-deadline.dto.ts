import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BUSINESS_DUTY_KINDS } from '../business-deadlines.view';

/** One of the business's own legal clocks, still open (Law 19 Arts 31.2, 57.2, 57.5; Art 61). */
export class BusinessDeadlineDto {
  @ApiProperty({
    enum: BUSINESS_DUTY_KINDS,
    description:
      '`business_acknowledgement` (confirm receipt, Art 31.2), `business_negotiation` (negotiate, Art 57.2), ' +
      '`business_result_report` (report the result, Art 57.5), `business_mediation_consent` (answer the ' +
      'request for mediation, Art 61): the clocks whose policy names the business as the one who must act',
  })
  kind: string;
  @ApiProperty({
    enum: ['pending', 'paused', 'breached'],
    description:
      '`paused` while a party asked to pause the negotiation (Art 59.1); `breached` once late and still not met',
  })
  status: string;
  @ApiProperty({ format: 'date-time' }) startedAt: Date;
  @ApiProperty({ format: 'date-time', description: 'The end of the period: 24:00 (UTC+7) of its last day' })
  dueAt: Date;
  @ApiProperty({ description: 'The period ran out and the duty is still not met' })
  overdue: boolean;
  @ApiProperty() remindersSent: number;
  @ApiProperty({ description: '0 before the breach; 1, 2 as it was escalated' })
  escalationLevel: number;
  @ApiPropertyOptional({ nullable: true, format: 'date-time', description: 'Always null: only open clocks are listed' })
  closedAt: Date | null;
  @ApiProperty({
    example: 3,
    description:
      'Working days from today to the due day on the working-day calendar (“còn 3 ngày làm việc”): 0 on the due ' +
      'day, negative once past (without weekends and public holidays)',
  })
  workingDaysLeft: number;
}
