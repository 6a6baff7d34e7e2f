import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseActionError, StaffPrincipal } from '@app/cases';
import { suggestMediators } from '@app/domain';
import { CaseQueryService } from '../../cases/case-query.service';
import { MediatorSuggestionsDto, MediatorSuggestionsQuery } from './dto/mediator-suggestions.dto';
import { assignmentFactsOf, mediatorsOfOrganisation, mediatorsWhoDeclined } from './mediator-candidates';

/** Whom to appoint: the organisation's mediators ranked for the case, and why the others are not offered. */
@Injectable()
export class MediatorSuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: CaseQueryService,
  ) {}

  async suggest(staff: StaffPrincipal, id: string, query: MediatorSuggestionsQuery): Promise<MediatorSuggestionsDto> {
    const c = await this.queries.visibleCase(staff, id);
    if (c.status !== 'mediation' || !c.mediationOrgId) {
      throw new CaseActionError('invalid_transition', [{ field: 'status', rule: 'not_in_mediation' }]);
    }
    const m = this.dataSource.manager;
    const [mediators, facts, declined] = await Promise.all([
      mediatorsOfOrganisation(m, c.mediationOrgId),
      assignmentFactsOf(m, c),
      mediatorsWhoDeclined(m, c.id),
    ]);
    const result = suggestMediators(
      mediators.map((x) => x.candidate),
      facts,
      { strictLanguage: query.strictLanguage, currentMediatorId: c.mediatorId, declined },
    );
    return {
      suggestions: result.suggestions.map((s) => ({
        ...s,
        reasons: [...s.reasons],
        missingLanguages: [...s.missingLanguages],
      })),
      excluded: result.excluded.map((e) => ({ ...e, reasons: [...e.reasons] })),
      neededLanguages: [...result.neededLanguages],
      strictLanguage: result.strictLanguage,
      languageUnknown: result.languageUnknown,
    };
  }
}
