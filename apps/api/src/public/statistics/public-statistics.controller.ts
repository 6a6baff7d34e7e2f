import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/auth.decorators';
import { CallerLanguage } from '../../common/validation/language.decorator';
import type { Language } from '../../common/validation/messages';
import { PUBLIC_CACHE } from '../public-language';
import { PublicStatisticsDto, PublicStatisticsQuery, SUPPRESSION_RULE } from './public-statistics.dto';
import { PublicStatisticsService } from './public-statistics.service';

@ApiTags('public')
@Public()
@Controller('public/statistics')
export class PublicStatisticsController {
  constructor(private readonly statistics: PublicStatisticsService) {}

  @Get()
  @Header('Cache-Control', PUBLIC_CACHE)
  @ApiOperation({
    summary: 'Public statistics of a calendar year: totals and counts by sector, commune, channel, outcome, month',
    description: `Anonymised aggregates of the complaints received in the year. ${SUPPRESSION_RULE}`,
  })
  @ApiOkResponse({ type: PublicStatisticsDto })
  @ApiBadRequestResponse({ description: 'year before 2025 or after the current year (field errors, vi/en)' })
  get(@Query() query: PublicStatisticsQuery, @CallerLanguage() language: Language): Promise<PublicStatisticsDto> {
    return this.statistics.year(query.year, query.lang ?? language);
  }
}
