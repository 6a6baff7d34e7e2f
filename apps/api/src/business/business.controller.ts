import { Body, Controller, Get, HttpCode, Post, Req, UploadedFiles, UseGuards, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { MAX_EVIDENCE_FILES } from '@app/domain';
import type { BusinessLinkEntity } from '@app/persistence';
import { EvidenceFileDto } from '../complaints/dto/evidence-file.dto';
import type { ReceivedFile } from '../complaints/evidence/received-file';
import { UPLOAD_BODY_DOC, UPLOAD_LIMITS } from '../complaints/evidence/upload-limits';
import { BusinessLinkGuard, type BusinessRequest, LinkUse } from './business-link.guard';
import { ApiBusinessToken, businessPaths, LinkToken } from './link-token';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Public } from '../common/auth/auth.decorators';
import { BusinessCaseViewDto } from './business-case.dto';
import { BusinessLinkService } from './business-link.service';
import { BusinessResponseDto } from './dto/business-response.dto';
import { ResultReportDto, ResultReportReceiptDto } from './dto/result-report.dto';
import { ResultReportService } from './result-report.service';
import { Limit } from '../common/limits/limit.decorator';

@ApiTags('business')
@Public()
@ApiNotFoundResponse({ description: 'Unknown link' })
@ApiGoneResponse({ description: 'The link expired or was revoked' })
@ApiForbiddenResponse({
  description: 'The link is not for this now (see `purpose` in the view), e.g. one narrowed to the result report',
})
@ApiBusinessToken()
@Limit('business')
@Controller(businessPaths())
export class BusinessController {
  constructor(
    private readonly links: BusinessLinkService,
    private readonly reports: ResultReportService,
  ) {}

  @Get()
  @ApiOkResponse({ type: BusinessCaseViewDto })
  view(@LinkToken() token: string): Promise<BusinessCaseViewDto> {
    return this.links.view(token);
  }

  @Limit('business', 'uploads')
  @Post('documents')
  @UseGuards(BusinessLinkGuard)
  @LinkUse('documents')
  @UseInterceptors(FilesInterceptor('files', MAX_EVIDENCE_FILES, UPLOAD_LIMITS))
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY_DOC)
  @ApiCreatedResponse({ type: [EvidenceFileDto] })
  @ApiPayloadTooLargeResponse({ description: 'A file is larger than 10 MB' })
  addDocuments(
    @Req() request: BusinessRequest,
    @UploadedFiles() files: ReceivedFile[] | undefined,
  ): Promise<EvidenceFileDto[]> {
    return this.links.addDocuments(request.businessLink as BusinessLinkEntity, files ?? []);
  }

  @Post('respond')
  @HttpCode(200)
  @ApiOkResponse({ type: BusinessCaseViewDto })
  @ApiUnprocessableEntityResponse({
    description: 'A rule is broken, e.g. the negotiation is paused at a party’s request (Law 19 Art 59.1)',
  })
  respond(@LinkToken() token: string, @Body() body: BusinessResponseDto): Promise<BusinessCaseViewDto> {
    return this.links.respond(token, body);
  }

  @Post('result-report')
  @ApiCreatedResponse({
    type: ResultReportReceiptDto,
    description:
      'Law 19 Art 57.5: the result of the negotiation, within 5 working days after it ended, through the link the ' +
      'business negotiated with (narrowed to this report when the negotiation ended). Meets the report deadline, late ' +
      'too; the link then stops. Not needed when staff recorded a settlement: that record is the report.',
  })
  @ApiBadRequestResponse({ description: 'A field is missing or invalid' })
  @ApiUnprocessableEntityResponse({ description: 'Money agreed without an agreement' })
  reportResult(@LinkToken() token: string, @Body() body: ResultReportDto): Promise<ResultReportReceiptDto> {
    return this.reports.report(token, body);
  }
}
