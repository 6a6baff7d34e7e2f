import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Language } from '../common/validation/messages';

export const LANGUAGES: readonly Language[] = ['vi', 'en'];

/** `?lang=vi|en`: the labels' language; without it, Accept-Language decides (Vietnamese by default). */
export class LanguageQuery {
  @ApiPropertyOptional({
    enum: LANGUAGES,
    description: 'Language of the labels; without it Accept-Language decides (vi unless English is preferred)',
  })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

/** Public answers may be kept by browsers and proxies for five minutes. */
export const PUBLIC_CACHE = 'public, max-age=300';
