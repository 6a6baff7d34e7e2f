import { ApiProperty } from '@nestjs/swagger';
import { STAFF_ROLES } from '@app/domain';

export class StaffSessionUserDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: STAFF_ROLES }) role: string;
  @ApiProperty({ nullable: true, type: String }) organisationId: string | null;
  @ApiProperty({ nullable: true, type: String }) organisationName: string | null;
  @ApiProperty({ description: 'Supervisor rights (reopen cases, decide warnings)' }) supervisor: boolean;
  @ApiProperty({ enum: ['vi', 'en'] }) language: string;
}

/** Who is signed in, with the CSRF value of this token and when it ends. */
export class StaffSessionDto {
  @ApiProperty({ type: StaffSessionUserDto }) user: StaffSessionUserDto;
  @ApiProperty({ description: 'Send as `X-CSRF-Token` with a request signed by the cc_staff cookie' })
  csrfToken: string;
  @ApiProperty({ type: Date, description: 'When this token expires' }) expiresAt: string;
}
