import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Max, ValidateIf } from 'class-validator';
import { DEADLINE_ACTORS, DEADLINE_KINDS, DEADLINE_UNITS, type DeadlineUnit } from '@app/domain';

export const POLICY_ORIGINS = ['saved', 'default'] as const;
export type PolicyOrigin = (typeof POLICY_ORIGINS)[number];

// Storage bounds only (integer and smallint columns); the rules are `validatePolicies`'.
const MAX_AMOUNT = 10_000;
const MAX_LEAD_WD = 366;
const MAX_ESCALATION_WD = 366;

/** The editable fields of one kind of clock; all four are sent (PUT replaces the setting). */
export class PutDeadlinePolicyDto {
  @ApiProperty({ enum: DEADLINE_UNITS, example: 'working_days', description: 'Fixed by law for a statutory policy' })
  @IsIn(DEADLINE_UNITS)
  unit: DeadlineUnit;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 5,
    description: 'Length of the period in `unit` (null for fixed_date); fixed by law for a statutory policy',
  })
  @ValidateIf((body: PutDeadlinePolicyDto) => body.amount !== null)
  @IsInt()
  @Max(MAX_AMOUNT)
  amount: number | null;

  @ApiProperty({ example: 2, description: 'Remind this many working days before the due time' })
  @IsInt()
  @Max(MAX_LEAD_WD)
  reminderLeadWorkingDays: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 3,
    description: 'Tell the department this many working days after a breach (0: at once; null: never)',
  })
  @ValidateIf((body: PutDeadlinePolicyDto) => body.departmentEscalationWorkingDays !== null)
  @IsInt()
  @Max(MAX_ESCALATION_WD)
  departmentEscalationWorkingDays: number | null;
}

export class DeadlinePolicyDto {
  @ApiProperty({ enum: DEADLINE_KINDS }) kind: string;
  @ApiProperty({ enum: DEADLINE_UNITS }) unit: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) amount: number | null;
  @ApiProperty() reminderLeadWorkingDays: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) departmentEscalationWorkingDays: number | null;
  @ApiProperty({ example: 'Law 19/2023/QH15 Art 57.2' }) legalBasis: string;
  @ApiProperty({ description: 'Set by law: only the reminder lead and the department escalation may change' })
  statutory: boolean;
  @ApiProperty({ enum: DEADLINE_ACTORS }) actor: string;
  @ApiProperty() extendable: boolean;
  @ApiProperty({
    example: 1,
    description: 'How many times the period may be extended (0 unless extendable; not editable here)',
  })
  maxExtensions: number;
  @ApiProperty({ enum: POLICY_ORIGINS, description: "saved: edited by an admin; default: the law's default" })
  origin: PolicyOrigin;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, description: 'Null unless saved' })
  updatedAt: Date | null;
}
