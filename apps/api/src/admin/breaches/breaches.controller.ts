import {
  Body,
  Controller,
  Get,
  Header,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentStaff, Roles, type StaffPrincipal } from '../../common/auth/auth.decorators';
import { Limit } from '../../common/limits/limit.decorator';
import { CallerLanguage } from '../../common/validation/language.decorator';
import type { Language } from '../../common/validation/messages';
import { BreachExportService } from './breach-export.service';
import { BreachesService } from './breaches.service';
import { BreachExportQuery } from './dto/breach-export.query';
import { BreachDto, BreachListDto } from './dto/breach.dto';
import { RecordBreachDto } from './dto/record-breach.dto';
import { UpdateBreachDto } from './dto/update-breach.dto';

const ID = ParseUUIDPipe;

/** The personal-data breach register (issue 12 item 13; Law 91/2025/QH15 Art 23): admins only. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@ApiForbiddenResponse({ description: 'Admins only' })
@Controller('admin/breaches')
export class BreachesController {
  constructor(
    private readonly breaches: BreachesService,
    private readonly exports: BreachExportService,
  ) {}

  @Post()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Records a personal-data breach; the authority must be notified within 72 hours' })
  @ApiCreatedResponse({ type: BreachDto })
  @ApiBadRequestResponse({ description: 'Field-level messages (vi/en); nothing is stored' })
  record(
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: RecordBreachDto,
    @CallerLanguage() language: Language,
  ): Promise<BreachDto> {
    return this.breaches.record(staff, body, language);
  }

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The register: open breaches first, each with notifyBy and overdue' })
  @ApiOkResponse({ type: BreachListDto })
  async list(@CallerLanguage() language: Language): Promise<BreachListDto> {
    return { items: await this.breaches.list(language) };
  }

  // Before `:id`, which would otherwise take "export" for an id.
  @Get('export')
  @Limit('exports')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The register as CSV (UTF-8 with BOM) or XLSX, labels in the caller’s language' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file, as an attachment' })
  export(@Query() query: BreachExportQuery, @CallerLanguage() language: Language): Promise<StreamableFile> {
    return this.exports.export(query.format, language);
  }

  @Get(':id')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: BreachDto })
  @ApiNotFoundResponse({ description: 'No breach with this id' })
  get(@Param('id', ID) id: string, @CallerLanguage() language: Language): Promise<BreachDto> {
    return this.breaches.get(id, language);
  }

  @Patch(':id')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Records the notice to the authority or to the people, what is known since, or closes the breach',
  })
  @ApiOkResponse({ type: BreachDto })
  @ApiBadRequestResponse({ description: 'A notice before the discovery, closing before notifying the authority…' })
  @ApiConflictResponse({ description: 'The breach is closed' })
  @ApiNotFoundResponse({ description: 'No breach with this id' })
  update(
    @Param('id', ID) id: string,
    @Body() body: UpdateBreachDto,
    @CallerLanguage() language: Language,
  ): Promise<BreachDto> {
    return this.breaches.update(id, body, language);
  }
}
