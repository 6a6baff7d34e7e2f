import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { StatisticsReport } from '@app/domain';
import { StatisticsQueryService } from '@app/statistics';
import { CurrentStaff, Roles, type StaffPrincipal } from '../common/auth/auth.decorators';
import { CallerLanguage } from '../common/validation/language.decorator';
import type { Language } from '../common/validation/messages';
import { StatisticsQueryDto } from './dto/statistics-query.dto';
import { StatisticsReportDto } from './dto/statistics-report.dto';
import { StatisticsReferencesPipe } from './statistics-references.pipe';
import { STATISTICS_READERS, statisticsScopeOf } from './statistics-scope';

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsQueryService) {}

  @Get()
  @Roles(...STATISTICS_READERS)
  @ApiOperation({
    summary: 'The department’s figures for a period: totals and a breakdown (Plan 126/KH-UBND indicators)',
    description:
      'Counts are of the cases received in the period (local days, Asia/Ho_Chi_Minh), by their current status. ' +
      'Durations are working days on the Vietnamese calendar. Computed live in SQL at each request. Labels in the ' +
      'language of Accept-Language (vi unless English is preferred). Analysts, admins and the association see the ' +
      'province; an officer sees the cases of their own unit only.',
  })
  @ApiOkResponse({ type: StatisticsReportDto })
  @ApiBadRequestResponse({
    description:
      'A date not written YYYY-MM-DD, `to` before `from` or more than 5 years after it, an unknown `by` or filter',
  })
  @ApiForbiddenResponse({ description: 'The caller’s role may not read the statistics (mediators, mediation admins)' })
  read(
    @CurrentStaff() staff: StaffPrincipal,
    @Query(StatisticsReferencesPipe) query: StatisticsQueryDto,
    @CallerLanguage() language: Language,
  ): Promise<StatisticsReport> {
    return this.statistics.compute(query, statisticsScopeOf(staff), language);
  }
}
