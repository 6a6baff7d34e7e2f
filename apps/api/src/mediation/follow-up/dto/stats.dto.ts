import { ApiProperty } from '@nestjs/swagger';

export class OutcomeFiguresDto {
  @ApiProperty({ description: 'Cases that got a mediator in the period' }) assigned: number;
  @ApiProperty({ description: 'Mediations concluded (result recorded) in the period' }) concluded: number;
  @ApiProperty({ description: 'Of those, settlements (Art 65)' }) successes: number;
  @ApiProperty({ nullable: true, type: Number, example: 0.6667, description: 'successes / concluded' })
  successRate: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 6,
    description: 'Median working days from the start of mediation to its conclusion',
  })
  medianWorkingDays: number | null;
}

export class MediatorStatsDto extends OutcomeFiguresDto {
  @ApiProperty() mediatorId: string;
  @ApiProperty({ nullable: true, type: String }) name: string | null;
}

export class OrganisationStatsDto extends OutcomeFiguresDto {
  @ApiProperty() organisationId: string;
  @ApiProperty({ nullable: true, type: String }) name: string | null;
  @ApiProperty({ type: [MediatorStatsDto] }) mediators: MediatorStatsDto[];
}

export class MediationStatsDto {
  @ApiProperty({ example: '2025-12-01' }) from: string;
  @ApiProperty({ example: '2026-11-30' }) to: string;
  @ApiProperty({ type: OutcomeFiguresDto, description: 'Every organisation the caller may see' })
  total: OutcomeFiguresDto;
  @ApiProperty({ type: [OrganisationStatsDto] }) organisations: OrganisationStatsDto[];
}
