import { Body, Controller, Get, HttpCode, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { MAX_EVIDENCE_FILE_BYTES, RECORD_KINDS, type RecordKind } from '@app/domain';
import { CurrentStaff, Roles, StaffPrincipal } from '../../common/auth/auth.decorators';
import type { ReceivedFile } from '../../complaints/evidence/received-file';
import { MARK_SIGNED_BODY_DOC, MarkRecordSignedDto, RecordSignaturesDto } from './dto/record-signatures.dto';
import { RecordKindPipe } from './record-kind.pipe';
import { RecordSigningService } from './record-signing.service';

// One scan, held in memory until it is checked (as evidence is).
const SCAN_LIMITS = {
  limits: { fileSize: MAX_EVIDENCE_FILE_BYTES, files: 1, fields: 5, parts: 6 },
  defParamCharset: 'utf8',
};

@ApiTags('cases')
@ApiBearerAuth()
@ApiParam({ name: 'kind', enum: RECORD_KINDS })
@ApiNotFoundResponse({
  description:
    'No such case, or not one the caller may see; mediation records only for the mediation circle (Art 62.2)',
})
@Controller('cases/:id/records/:kind/signatures')
export class RecordSignaturesController {
  constructor(private readonly signing: RecordSigningService) {}

  @Get()
  @ApiOperation({ summary: 'Who signed the record and when (Law 19 Arts 60, 65.3)' })
  @ApiOkResponse({ type: RecordSignaturesDto })
  @ApiUnprocessableEntityResponse({
    description: 'The record is incomplete or not recorded: `details` lists the fields',
  })
  list(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Param('kind', RecordKindPipe) kind: RecordKind,
  ): Promise<RecordSignaturesDto> {
    return this.signing.view(staff, id, kind);
  }

  @Post()
  @HttpCode(200)
  @Roles('mediator', 'mediation_admin', 'officer', 'admin')
  @UseInterceptors(FileInterceptor('scan', SCAN_LIMITS))
  @ApiOperation({
    summary:
      'Mark the record signed by a party, with the signed scan (Law 19 Art 65.3: the parties sign or fingerprint, the mediator signs; Art 60)',
    description:
      'Mediation records: the case’s mediator or its organisation’s mediation admin; negotiation records: the ' +
      'desk (officers of the handling unit, admins). The scan is kept with the case like evidence; the record’s ' +
      'PDF then shows who signed and when; event record_signed. Marking a party again replaces their mark.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(MARK_SIGNED_BODY_DOC)
  @ApiOkResponse({ type: RecordSignaturesDto })
  @ApiBadRequestResponse({
    description: 'party or signedOn malformed, signedOn in the future; scan missing or not a JPEG, PNG or PDF',
  })
  @ApiForbiddenResponse({ description: 'The caller’s role may not mark this record' })
  @ApiPayloadTooLargeResponse({ description: 'The scan is larger than 10 MB' })
  @ApiUnprocessableEntityResponse({
    description:
      'party: not_a_signatory (the mediator signs no negotiation record); signedOn: signed_before_record; or the ' +
      'record is incomplete or not recorded (`details` lists the fields)',
  })
  mark(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Param('kind', RecordKindPipe) kind: RecordKind,
    @Body() body: MarkRecordSignedDto,
    @UploadedFile() scan: ReceivedFile | undefined,
  ): Promise<RecordSignaturesDto> {
    return this.signing.mark(staff, id, kind, body, scan);
  }
}
