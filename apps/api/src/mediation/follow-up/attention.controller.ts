import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentStaff, Roles, StaffPrincipal } from '../../common/auth/auth.decorators';
import { AttentionService } from './attention.service';

@ApiTags('cases')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such case, or not one the caller may see' })
@Controller('cases/:id/attention')
export class AttentionController {
  constructor(private readonly attention: AttentionService) {}

  @Delete()
  @HttpCode(204)
  @Roles('officer', 'admin', 'mediation_admin')
  @ApiNoContentResponse({ description: 'The flag (e.g. settlement_not_performed) is cleared; an event records it' })
  @ApiConflictResponse({ description: 'The case is not flagged' })
  @ApiForbiddenResponse({ description: 'The caller’s role may not do this' })
  clear(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<void> {
    return this.attention.clear(staff, id);
  }
}
