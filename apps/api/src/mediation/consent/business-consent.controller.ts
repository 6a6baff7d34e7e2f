import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { BusinessLinkEntity } from '@app/persistence';
import { BusinessCaseViewDto } from '../../business/business-case.dto';
import { BusinessLinkGuard, type BusinessRequest } from '../../business/business-link.guard';
import { ApiBusinessToken, businessPaths, LinkToken } from '../../business/link-token';
import { Public } from '../../common/auth/auth.decorators';
import { DeclineMediationDto } from './dto/decline-mediation.dto';
import { MediationConsentService } from './mediation-consent.service';
import { Limit } from '../../common/limits/limit.decorator';

@ApiTags('business')
@Public()
@UseGuards(BusinessLinkGuard)
@ApiNotFoundResponse({ description: 'Unknown link' })
@ApiGoneResponse({ description: 'The link expired or was revoked' })
@ApiConflictResponse({ description: 'The case is not in mediation, or this is not the mediation’s link' })
@ApiUnprocessableEntityResponse({ description: 'The business already answered (business_consent_not_pending)' })
@ApiBusinessToken()
@Limit('business')
@Controller(businessPaths('/mediation'))
export class BusinessConsentController {
  constructor(private readonly consent: MediationConsentService) {}

  @Post('accept')
  @HttpCode(200)
  @ApiOkResponse({
    type: BusinessCaseViewDto,
    description:
      'The business agrees to the mediation the consumer asked for (Law 19 Art 61): the mediation can begin — sessions, then its result; the consumer is told',
  })
  accept(@LinkToken() token: string, @Req() request: BusinessRequest): Promise<BusinessCaseViewDto> {
    return this.consent.accept(token, request.businessLink as BusinessLinkEntity);
  }

  @Post('decline')
  @HttpCode(200)
  @ApiOkResponse({
    type: BusinessCaseViewDto,
    description:
      'The business declines (Art 61): the attempt ends, the case closes as unresolved and the consumer is told what remains (court — summary procedure below 100,000,000 VND, Art 70.2, no court-fee advance, Art 71.2 — or arbitration)',
  })
  decline(
    @LinkToken() token: string,
    @Req() request: BusinessRequest,
    @Body() body: DeclineMediationDto,
  ): Promise<BusinessCaseViewDto> {
    return this.consent.decline(token, request.businessLink as BusinessLinkEntity, body);
  }
}
