import { ApiProperty } from '@nestjs/swagger';
import { INTAKE_WARNINGS, type IntakeWarning } from '@app/domain';

export class IntakeResultDto {
  @ApiProperty({ format: 'uuid', example: '3f1c9a52-7d0e-4b8e-9a41-2c5d8e6f7a10' })
  id: string;

  @ApiProperty({ example: 'TN-2026-000123' })
  trackingCode: string;

  @ApiProperty({
    example: 'q3Xk0mZ8p1V7c2Rb9T4yLw6Hn5Jd8Fs0Ae1Gu3Io2Ky',
    description: 'Secret for following the case (X-Access-Key). Shown once here and emailed; only its hash is stored',
  })
  accessKey: string;

  @ApiProperty({ example: 'submitted' })
  status: string;

  @ApiProperty({
    enum: INTAKE_WARNINGS,
    isArray: true,
    example: ['summary_procedure_eligible'],
    description:
      'limitation_period: purchase over 3 years ago (Civil Code Arts 429, 588); summary_procedure_eligible: ' +
      'under 100,000,000 VND (Law 19 Art 70.2); possible_duplicate: same consumer and business within 30 days',
  })
  warnings: IntakeWarning[];
}
