import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import {
  caseWarnings,
  ClockSettingsService,
  toCaseState,
  toDeadlineView,
  visibleToParty,
  hydrateEventTexts,
} from '@app/cases';
import { allowedActions, consumerWarnings } from '@app/domain';
import {
  CaseDeadlineEntity,
  CaseEntity,
  CaseEventEntity,
  CommuneEntity,
  EventVisibility,
  EvidenceFileEntity,
  SectorEntity,
} from '@app/persistence';
import type { ComplaintViewDto, TimelineEntryDto } from '../dto/complaint-view.dto';
import { toEvidenceFileDto } from '../dto/evidence-file.dto';

// The consumer is a party: public events and confidential mediation events (Art 62.2), never
// internal ones; visibleToParty then drops what is addressed to the business only.
const PARTY_VISIBLE: EventVisibility[] = ['public', 'confidential'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only what the parties may read (`data.public`); `data.detail` is for staff. */
function timelineEntry(event: CaseEventEntity): TimelineEntryDto {
  const data = isRecord(event.data) && isRecord(event.data.public) ? event.data.public : {};
  const { at, action, fromStatus, toStatus, actorKind: actor } = event;
  return { at, action, fromStatus, toStatus, actor, data };
}

/** The consumer's view of their case. */
@Injectable()
export class ComplaintViewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clockSettings: ClockSettingsService,
  ) {}

  async view(c: CaseEntity, now = new Date()): Promise<ComplaintViewDto> {
    const m = this.dataSource.manager;
    const [events, sector, commune, files, clocks, settings] = await Promise.all([
      m
        .find(CaseEventEntity, {
          where: { caseId: c.id, visibility: In(PARTY_VISIBLE) },
          order: { at: 'ASC', id: 'ASC' },
        })
        .then((found) => hydrateEventTexts(m, found)),
      m.findOneBy(SectorEntity, { code: c.sectorCode }),
      m.findOneBy(CommuneEntity, { code: c.communeCode }),
      m.find(EvidenceFileEntity, { where: { caseId: c.id }, order: { createdAt: 'ASC' } }),
      m.find(CaseDeadlineEntity, {
        where: { caseId: c.id, status: In(['pending', 'paused']) },
        order: { dueAt: 'ASC' },
      }),
      this.clockSettings.current(),
    ]);
    const state = toCaseState(c);
    const request = c.status === 'needs_info' ? state.infoRequest : null;
    const proposal = state.openProposal;
    return {
      trackingCode: c.trackingCode,
      status: c.status,
      submittedAt: c.submittedAt,
      sector: { code: c.sectorCode, name: (c.language === 'en' ? sector?.nameEn : sector?.nameVi) ?? c.sectorCode },
      commune: { code: c.communeCode, name: commune?.name ?? c.communeCode },
      timeline: events.filter((event) => visibleToParty(event, 'consumer')).map(timelineEntry),
      openRequest: request ? { question: request.question, requestedAt: request.requestedAt } : null,
      openProposal: proposal
        ? { description: proposal.description, amountVnd: proposal.amountVnd, proposedAt: proposal.proposedAt }
        : null,
      // A possible duplicate is a hint for staff, not shown to the consumer.
      warnings: consumerWarnings(caseWarnings(c)),
      allowedActions: allowedActions(state, { kind: 'consumer' }, now),
      deadlines: clocks.map((d) => toDeadlineView(d, now, settings.calendar)),
      evidence: files.map(toEvidenceFileDto),
    };
  }
}
