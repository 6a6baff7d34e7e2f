import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

export class AssignMediatorDto {
  @ApiProperty({
    format: 'uuid',
    description: 'A mediator of the case’s mediation organisation (from the suggestions, or by hand)',
  })
  @IsUUID()
  mediatorId: string;

  @ApiPropertyOptional({
    description:
      'An interpreter will be provided (Law 19 Art 64.3). Required (true) when a party needs an ethnic-minority ' +
      'language the mediator does not speak.',
  })
  @IsOptional()
  @IsBoolean()
  interpreter?: boolean;
}
