import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentStaff, Roles, type StaffPrincipal } from '../../common/auth/auth.decorators';
import { CallerLanguage } from '../../common/validation/language.decorator';
import type { Language } from '../../common/validation/messages';
import { StatisticsReferencesPipe } from '../statistics-references.pipe';
import { STATISTICS_READERS } from '../statistics-scope';
import { StatisticsExportQueryDto } from './dto/statistics-export.query';
import { StatisticsExportService } from './statistics-export.service';
import { Limit } from '../../common/limits/limit.decorator';

@ApiTags('statistics')
@ApiBearerAuth()
@Limit('exports')
@Controller('statistics/export')
export class StatisticsExportController {
  constructor(private readonly exports: StatisticsExportService) {}

  @Get()
  @Roles(...STATISTICS_READERS)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'The figures of GET /statistics as a CSV or XLSX file (thong-ke-<from>-<to>.<format>)',
    description:
      'Same parameters, roles and scope as GET /api/v1/statistics (an officer gets their own unit only). Labels ' +
      'in the language of Accept-Language.',
  })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file, as an attachment' })
  @ApiBadRequestResponse({ description: 'A format other than csv or xlsx, or a parameter GET /statistics refuses' })
  @ApiForbiddenResponse({ description: 'The caller’s role may not read the statistics (mediators, mediation admins)' })
  export(
    @CurrentStaff() staff: StaffPrincipal,
    @Query(StatisticsReferencesPipe) query: StatisticsExportQueryDto,
    @CallerLanguage() language: Language,
  ): Promise<StreamableFile> {
    return this.exports.export(staff, query, language);
  }
}
