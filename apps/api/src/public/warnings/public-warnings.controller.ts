import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/auth.decorators';
import { CallerLanguage } from '../../common/validation/language.decorator';
import type { Language } from '../../common/validation/messages';
import { LanguageQuery, PUBLIC_CACHE } from '../public-language';
import { PublicWarningDto } from './dto/warning.dto';
import { WarningsService } from './warnings.service';

@ApiTags('public')
@Public()
@Controller('public/warnings')
export class PublicWarningsController {
  constructor(private readonly warnings: WarningsService) {}

  @Get()
  @Header('Cache-Control', PUBLIC_CACHE)
  @ApiOperation({
    summary: 'Warnings about businesses, published for 30 days (Decree 55/2024 Art 24.3)',
    description:
      'Approved warnings that have not expired, newest first: the business, its tax code, the kind of violation, ' +
      'the summary and the counts of substantiated complaints. Never a consumer’s data or the cases behind them.',
  })
  @ApiOkResponse({ type: [PublicWarningDto] })
  list(@Query() query: LanguageQuery, @CallerLanguage() language: Language): Promise<PublicWarningDto[]> {
    return this.warnings.published(query.lang ?? language);
  }
}
