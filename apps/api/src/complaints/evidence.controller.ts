import { Controller, Post, UploadedFiles, UseGuards, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import { MAX_EVIDENCE_FILES } from '@app/domain';
import type { CaseEntity } from '@app/persistence';
import { Public } from '../common/auth/auth.decorators';
import { EvidenceFileDto } from './dto/evidence-file.dto';
import { EvidenceService } from './evidence/evidence.service';
import { UPLOAD_LIMITS, UPLOAD_BODY_DOC } from './evidence/upload-limits';
import type { ReceivedFile } from './evidence/received-file';
import { ConsumerAccessGuard } from './tracking/consumer-access.guard';
import { ACCESS_KEY_HEADER_DOC, ConsumerCase } from './tracking/consumer-case.decorator';
import { Limit } from '../common/limits/limit.decorator';

@ApiTags('complaints')
@Public()
@Limit('access', 'uploads')
@Controller('complaints/:trackingCode/evidence')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post()
  // The guard runs before the interceptor: no upload is read without the case's key.
  @UseGuards(ConsumerAccessGuard)
  @UseInterceptors(FilesInterceptor('files', MAX_EVIDENCE_FILES, UPLOAD_LIMITS))
  @ApiHeader(ACCESS_KEY_HEADER_DOC)
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY_DOC)
  @ApiCreatedResponse({ type: [EvidenceFileDto] })
  @ApiPayloadTooLargeResponse({ description: 'A file is larger than 10 MB' })
  add(@ConsumerCase() c: CaseEntity, @UploadedFiles() files: ReceivedFile[] | undefined): Promise<EvidenceFileDto[]> {
    return this.evidence.add(c, files ?? []);
  }
}
