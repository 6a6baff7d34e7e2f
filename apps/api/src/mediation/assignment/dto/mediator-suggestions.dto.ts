import { QueryBoolean } from '../../../common/validation/query-params';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const EXCLUSION_REASONS = [
  'not_verified',
  'not_accepting',
  'at_capacity',
  'tied_to_business',
  'already_assigned',
  'declined_this_case',
  'declined_with_conflict',
  'language_missing',
];

export class MediatorSuggestionsQuery {
  @ApiPropertyOptional({
    description:
      'Move mediators without a language a party needs to `excluded` (reason `language_missing`). Default: true when ' +
      'at least one eligible mediator speaks every needed language; otherwise all stay suggested, flagged ' +
      '`interpreterNeeded` (Law 19 Art 64.3).',
  })
  @QueryBoolean()
  strictLanguage?: boolean;
}

export class MediatorSuggestionDto {
  @ApiProperty({ format: 'uuid' }) mediatorId: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: ['speaks_tay', 'sector_match', 'load_2_of_10'], description: 'Why, in ranking order' })
  reasons: string[];
  @ApiProperty({ description: 'A party needs a language the mediator lacks: an interpreter (Art 64.3)' })
  interpreterNeeded: boolean;
  @ApiProperty({ example: [] }) missingLanguages: string[];
  @ApiProperty() openCases: number;
  @ApiProperty() maxOpenCases: number;
}

export class MediatorExclusionDto {
  @ApiProperty({ format: 'uuid' }) mediatorId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: EXCLUSION_REASONS, isArray: true }) reasons: string[];
}

export class MediatorSuggestionsDto {
  @ApiProperty({
    type: [MediatorSuggestionDto],
    description: 'Best first: language match, then sector, then least loaded, then name',
  })
  suggestions: MediatorSuggestionDto[];
  @ApiProperty({ type: [MediatorExclusionDto], description: 'The organisation’s other mediators and why not' })
  excluded: MediatorExclusionDto[];
  @ApiProperty({ example: ['tay'], description: 'Languages a party needs besides Vietnamese' })
  neededLanguages: string[];
  @ApiProperty({ description: 'Whether mediators without a needed language were moved to `excluded`' })
  strictLanguage: boolean;
  @ApiProperty({
    description:
      'Language unknown: the mediator must ask. A party is flagged as an ethnic-minority consumer (Law 19 Art 8) and ' +
      'no language is recorded, so appointing needs `consumerLanguage` (a language the mediator works in) or ' +
      '`interpreter: true` (Art 64.3)',
  })
  languageUnknown: boolean;
}
