import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { visibleToParty, hydrateEventTexts } from '@app/cases';
import {
  CaseEntity,
  CaseEventEntity,
  CasePartyEntity,
  CommuneEntity,
  DataRequestEntity,
  EventVisibility,
  EvidenceFileEntity,
  NotificationEntity,
  partyGroups,
  SectorEntity,
} from '@app/persistence';
import { consentStates } from './consent-states';
import type { MyData } from './my-data';

// What the consumer reads on their timeline: public and mediation-circle events addressed to them.
const PARTY_VISIBLE: EventVisibility[] = ['public', 'confidential'];

function publicData(event: CaseEventEntity): Record<string, unknown> {
  const data = event.data.public;
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** Everything held about the consumer of a case, for their download (JSON and PDF). */
@Injectable()
export class MyDataService {
  constructor(private readonly dataSource: DataSource) {}

  async collect(c: CaseEntity, now = new Date()): Promise<MyData> {
    const m = this.dataSource.manager;
    const [parties, events, files, emails, requests, sector] = await Promise.all([
      m.find(CasePartyEntity, { where: { caseId: c.id } }),
      m
        .find(CaseEventEntity, {
          where: { caseId: c.id, visibility: In(PARTY_VISIBLE) },
          order: { at: 'ASC', id: 'ASC' },
        })
        .then((found) => hydrateEventTexts(m, found)),
      m.find(EvidenceFileEntity, { where: { caseId: c.id }, order: { createdAt: 'ASC' } }),
      m.find(NotificationEntity, {
        where: { caseId: c.id, recipientKind: 'consumer' },
        order: { createdAt: 'ASC' },
      }),
      m.find(DataRequestEntity, { where: { caseId: c.id }, order: { receivedAt: 'ASC' } }),
      m.findOneBy(SectorEntity, { code: c.sectorCode }),
    ]);
    const consumer = parties.find((p) => p.role === 'consumer') ?? null;
    const business = parties.find((p) => p.role === 'business') ?? null;
    const commune = consumer?.communeCode ? await m.findOneBy(CommuneEntity, { code: consumer.communeCode }) : null;
    const timeline = events.filter((event) => visibleToParty(event, 'consumer'));
    return {
      generatedAt: now,
      trackingCode: c.trackingCode,
      consumer: {
        fullName: consumer?.name ?? '',
        email: consumer?.email ?? null,
        phone: consumer?.phone ?? null,
        address: consumer?.address ?? null,
        communeCode: consumer?.communeCode ?? null,
        communeName: commune?.name ?? null,
        language: consumer?.language ?? c.language,
        vulnerableGroups: partyGroups(consumer),
        ethnicLanguage: consumer?.ethnicLanguage ?? null,
      },
      consents: consentStates(c, consumer, events),
      case: {
        status: c.status,
        submittedAt: c.submittedAt,
        closedAt: c.closedAt,
        sector: (c.language === 'en' ? sector?.nameEn : sector?.nameVi) ?? c.sectorCode,
        businessName: business?.name ?? null,
        product: c.product,
        purchaseDate: c.purchaseDate,
        purchaseChannel: c.purchaseChannel,
        amountVnd: c.amountVnd,
        description: c.description,
        desiredResolutions: c.desiredResolutions,
        businessContactedAt: c.businessContactedAt,
        businessContactAnswer: c.businessContactAnswer,
        outcome: c.outcome,
        amountRecoveredVnd: c.amountRecoveredVnd,
        rating: c.rating,
        ratingComment: c.ratingComment,
        erasureRequestedAt: c.erasureRequestedAt,
      },
      timeline: timeline.map((e) => ({ at: e.at, action: e.action, actor: e.actorKind, data: publicData(e) })),
      evidence: files.map((f) => ({
        fileName: f.fileName,
        contentType: f.contentType,
        sizeBytes: f.sizeBytes,
        uploadedBy: f.uploadedBy,
        uploadedAt: f.createdAt,
      })),
      // A body that held a secret (the access key) is not given back, even before it is cleared.
      emails: emails.map((n) => ({
        subject: n.subject,
        createdAt: n.createdAt,
        sentAt: n.sentAt,
        status: n.status,
        body: n.containsSecret ? null : n.bodyText,
      })),
      requests: requests.map((r) => ({
        id: r.id,
        kind: r.kind,
        text: r.text,
        status: r.status,
        receivedAt: r.receivedAt,
        answerDueAt: r.answerDueAt,
        completeDueAt: r.completeDueAt,
        decision: r.decision,
        reason: r.reason,
        decidedAt: r.decidedAt,
      })),
    };
  }
}
