import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentStaff, Roles, StaffPrincipal } from '../common/auth/auth.decorators';
import { CallerLanguage } from '../common/validation/language.decorator';
import type { Language } from '../common/validation/messages';
import { AccountsService } from './accounts.service';
import { AccountDto, AccountPageDto, CreateAccountDto, ListAccountsQuery, UpdateAccountDto } from './dto/account.dto';

@ApiTags('admin')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Admins only' })
@Roles('admin')
@Controller('admin/accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @ApiOkResponse({ type: AccountPageDto, description: 'By email; filter by role, active, or part of email or name' })
  list(@Query() query: ListAccountsQuery): Promise<AccountPageDto> {
    return this.accounts.list(query);
  }

  @Post()
  @ApiCreatedResponse({
    type: AccountDto,
    description: 'No usable password: a set-password link is emailed (template staff_password_link)',
  })
  @ApiBadRequestResponse({
    description: '`organisationId` missing for a role that works in an organisation, or unknown',
  })
  @ApiConflictResponse({ description: '`{ code: "email_taken" }`' })
  create(@Body() body: CreateAccountDto, @CallerLanguage() language: Language): Promise<AccountDto> {
    return this.accounts.create(body, language);
  }

  @Patch(':id')
  @ApiOkResponse({ type: AccountDto, description: 'Deactivating signs the account out everywhere at once' })
  @ApiBadRequestResponse({
    description: '`active`: an admin cannot deactivate themself; `organisationId` as for create',
  })
  @ApiNotFoundResponse()
  update(
    @CurrentStaff() admin: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: UpdateAccountDto,
    @CallerLanguage() language: Language,
  ): Promise<AccountDto> {
    return this.accounts.update(admin, id, body, language);
  }

  @Post(':id/password-link')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'A new set-password link is emailed; earlier links stop working' })
  @ApiConflictResponse({ description: '`{ code: "account_inactive" }`' })
  @ApiNotFoundResponse()
  sendPasswordLink(@Param('id') id: string, @CallerLanguage() language: Language): Promise<void> {
    return this.accounts.sendPasswordLink(id, language);
  }
}
