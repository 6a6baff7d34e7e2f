import { Body, Controller, HttpCode, Param, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { MAX_EVIDENCE_FILES } from '@app/domain';
import { CaseDetailDto } from '../../cases/dto/case.dto';
import { CurrentStaff, Roles, StaffPrincipal } from '../../common/auth/auth.decorators';
import type { ReceivedFile } from '../../complaints/evidence/received-file';
import { UPLOAD_LIMITS } from '../../complaints/evidence/upload-limits';
import { PAPER_CONSENT_BODY_DOC, PaperConsentDto } from './dto/paper-consent.dto';
import { MediationConsentService } from './mediation-consent.service';

@ApiTags('mediation')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such case, or not one the caller may see' })
@Controller('cases/:id/mediation-consent')
export class PaperConsentController {
  constructor(private readonly consent: MediationConsentService) {}

  @Post()
  @HttpCode(200)
  // The desk or the mediation organisation (Art 61): whoever received the signed consent.
  @Roles('officer', 'admin', 'mediator', 'mediation_admin')
  @UseInterceptors(FilesInterceptor('files', MAX_EVIDENCE_FILES, UPLOAD_LIMITS))
  @ApiConsumes('multipart/form-data')
  @ApiBody(PAPER_CONSENT_BODY_DOC)
  @ApiOkResponse({
    type: CaseDetailDto,
    description:
      'The business’s consent given on paper is recorded with its scanned document (kept as the case’s evidence, uploaded by staff): the mediation can begin',
  })
  @ApiConflictResponse({ description: 'Not in mediation, or `version` is stale' })
  @ApiUnprocessableEntityResponse({ description: 'The business already answered, or the request lapsed' })
  @ApiPayloadTooLargeResponse({ description: 'A file is larger than 10 MB' })
  record(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: PaperConsentDto,
    @UploadedFiles() files: ReceivedFile[] | undefined,
  ): Promise<CaseDetailDto> {
    return this.consent.recordPaperConsent(staff, id, body.version, files ?? []);
  }
}
