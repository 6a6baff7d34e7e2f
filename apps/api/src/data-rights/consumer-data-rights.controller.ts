import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Patch,
  Post,
  StreamableFile,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CONSENT_KINDS, type ConsentKind } from '@app/domain';
import type { CaseEntity } from '@app/persistence';
import { Public } from '../common/auth/auth.decorators';
import { Limit } from '../common/limits/limit.decorator';
import { CallerLanguage } from '../common/validation/language.decorator';
import type { Language } from '../common/validation/messages';
import { ConsumerAccessGuard } from '../complaints/tracking/consumer-access.guard';
import { ACCESS_KEY_HEADER_DOC, ConsumerCase } from '../complaints/tracking/consumer-case.decorator';
import { ConsentKindPipe } from './consent-kind.pipe';
import type { WithdrawalAnswer } from './consent-withdrawal.service';
import { type ContactCorrectionAnswer, ContactCorrectionService } from './contact-correction.service';
import { ConsumerDataRightsService } from './consumer-data-rights.service';
import { DataRequestsService } from './data-requests.service';
import { DataRightsErrorFilter } from './data-rights-error.filter';
import { ContactCorrectionDto } from './dto/contact-correction.dto';
import { NewDataRequestDto } from './dto/data-request.dto';
import { NewDataRequestAnswerDto } from './dto/data-request-view.dto';

/** The consumer's rights over their personal data (Law 91/2025/QH15 Art 4), with the access key. */
@ApiTags('complaints')
@Public()
@UseGuards(ConsumerAccessGuard)
@UseFilters(DataRightsErrorFilter)
@ApiHeader(ACCESS_KEY_HEADER_DOC)
@ApiNotFoundResponse({ description: 'Unknown tracking code or wrong key (the same answer for both)' })
@Limit('access')
@Controller('complaints/:trackingCode')
export class ConsumerDataRightsController {
  constructor(
    private readonly rights: ConsumerDataRightsService,
    private readonly contacts: ContactCorrectionService,
    private readonly requests: DataRequestsService,
  ) {}

  @Get('my-data')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description:
      'Everything held about you, as a JSON attachment: contact data, consents with dates, the case, your timeline, ' +
      'files, emails sent to you (no body when it held your key) and your requests',
  })
  json(@ConsumerCase() c: CaseEntity): Promise<StreamableFile> {
    return this.rights.json(c);
  }

  @Get('my-data.pdf')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The same as a readable PDF, in Vietnamese or English (Accept-Language)' })
  pdf(@ConsumerCase() c: CaseEntity, @CallerLanguage() language: Language): Promise<StreamableFile> {
    return this.rights.pdf(c, language);
  }

  @Patch('my-data/contact')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description: 'The fields that changed and the contact data now; the timeline says which fields changed',
  })
  @ApiBadRequestResponse({ description: 'A field as the intake refuses it (vi/en), or neither email nor phone left' })
  correct(@ConsumerCase() c: CaseEntity, @Body() body: ContactCorrectionDto): Promise<ContactCorrectionAnswer> {
    return this.contacts.correct(c, body);
  }

  @Post('my-data/consents/:consent/withdraw')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiParam({ name: 'consent', enum: CONSENT_KINDS })
  @ApiOkResponse({ description: 'What changed (effect, explanation) and the consents now' })
  @ApiConflictResponse({ description: 'The consent is not given (or withdrawn already)' })
  @ApiUnprocessableEntityResponse({
    description: 'data_processing: withdraw the complaint while it runs (`next`), or ask for erasure once closed',
  })
  withdraw(
    @ConsumerCase() c: CaseEntity,
    @Param('consent', ConsentKindPipe) consent: ConsentKind,
    @CallerLanguage() language: Language,
  ): Promise<WithdrawalAnswer> {
    return this.rights.withdraw(c, consent, language);
  }

  @Post('my-data/requests')
  @Header('Cache-Control', 'no-store')
  @ApiCreatedResponse({ type: NewDataRequestAnswerDto })
  request(
    @ConsumerCase() c: CaseEntity,
    @Body() body: NewDataRequestDto,
    @CallerLanguage() language: Language,
  ): Promise<NewDataRequestAnswerDto> {
    return this.requests.create(c, body, language);
  }
}
