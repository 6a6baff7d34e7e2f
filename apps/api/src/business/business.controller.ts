import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Req,
  UploadedFiles,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { MAX_EVIDENCE_FILES } from '@app/domain';
import type { BusinessLinkEntity } from '@app/persistence';
import { EvidenceFileDto } from '../complaints/dto/evidence-file.dto';
import type { ReceivedFile } from '../complaints/evidence/received-file';
import { UPLOAD_BODY_DOC, UPLOAD_LIMITS } from '../complaints/evidence/upload-limits';
import { BusinessLinkGuard, type BusinessRequest } from './business-link.guard';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '../common/auth/auth.decorators';
import { BusinessCaseViewDto } from './business-case.dto';
import { BusinessLinkService } from './business-link.service';
import { BusinessResponseDto } from './dto/business-response.dto';

@ApiTags('business')
@Public()
@ApiNotFoundResponse({ description: 'Unknown link' })
@ApiGoneResponse({ description: 'The link expired or was revoked' })
@Controller('business/:token')
export class BusinessController {
  constructor(private readonly links: BusinessLinkService) {}

  @Get()
  @ApiOkResponse({ type: BusinessCaseViewDto })
  view(@Param('token') token: string): Promise<BusinessCaseViewDto> {
    return this.links.view(token);
  }

  @Post('documents')
  @UseGuards(BusinessLinkGuard)
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
  respond(@Param('token') token: string, @Body() body: BusinessResponseDto): Promise<BusinessCaseViewDto> {
    return this.links.respond(token, body);
  }
}
