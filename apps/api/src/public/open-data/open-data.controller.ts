import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/auth.decorators';
import { CallerLanguage } from '../../common/validation/language.decorator';
import type { Language } from '../../common/validation/messages';
import { PUBLIC_CACHE } from '../public-language';
import { OpenComplaintPageDto } from './dto/open-complaint.dto';
import { OpenDataDayQuery, OpenDataQuery } from './dto/open-data.query';
import { OpenDataService } from './open-data.service';
import { Limit } from '../../common/limits/limit.decorator';

const ANONYMISED =
  'Only closed complaints whose consumer consented to publication, with personal data removed: no names, ' +
  'contacts, addresses, product or narrative; receipt and closure to the month.';

@ApiTags('public')
@Public()
@Limit('exports')
@Controller('public')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get('complaints')
  @Header('Cache-Control', PUBLIC_CACHE)
  @ApiOperation({ summary: 'Open data: closed complaints, anonymised, page by page', description: ANONYMISED })
  @ApiOkResponse({ type: OpenComplaintPageDto })
  @ApiBadRequestResponse({ description: 'Field errors (vi/en): dates, limit above 200, a cursor not from this api' })
  complaints(@Query() query: OpenDataQuery, @CallerLanguage() language: Language): Promise<OpenComplaintPageDto> {
    return this.openData.page(query, query.lang ?? language);
  }

  @Get('complaints.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', PUBLIC_CACHE)
  @ApiOperation({
    summary: 'Open data: the complaints closed on one day, as CSV (UTF-8 with a BOM)',
    description: `${ANONYMISED} The same fields as GET /public/complaints, one column each (codes and labels).`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV with a header row', schema: { type: 'string' } })
  csv(@Query() query: OpenDataDayQuery, @CallerLanguage() language: Language): Promise<string> {
    return this.openData.day(query, query.lang ?? language);
  }
}
