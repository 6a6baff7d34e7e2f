// Shapes the api answers to more than one page (the consumer's case, the business's link, the
// public lists): declared once here.

/** Who did something on the case, as the timelines name them. */
export type Actor = 'consumer' | 'business' | 'staff' | 'system';

/** One step of a case's timeline as a party sees it (what the party may see of it). */
export interface TimelineEntry {
  at: string;
  action: string;
  actor: Actor;
  /** In the consumer's view only. */
  fromStatus?: string | null;
  toStatus: string | null;
  data: Record<string, unknown>;
}

/** A running legal clock. `workingDaysLeft`: working days from today to the due day (0 on it, negative once past). */
export interface DeadlineView {
  kind: string;
  status: string;
  startedAt: string;
  /** The end of the period: 24:00 (Hà Nội) of its last day. */
  dueAt: string;
  overdue: boolean;
  workingDaysLeft?: number;
}

/** A mediation session, as both parties see it (Law 19 Art 62.2). */
export interface MediationSession {
  id: string;
  mode: 'in_person' | 'online';
  place: string | null;
  onlineUrl: string | null;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  status: 'scheduled' | 'cancelled' | 'held';
  sequence: number;
}

/** The records a party may download as PDF: the negotiation's (Art 60), the mediation's (Art 65). */
export type RecordKind = 'negotiation' | 'mediation-success' | 'mediation-failure';

/** An organisation of the public list (Law 19 Art 63.2): GET /api/v1/public/mediation-organisations. */
export interface PublicOrganisation {
  id: string;
  name: string;
  kind: 'mediation_organisation' | 'consumer_association';
  mediationType: 'a' | 'b' | 'c';
  address: string | null;
  communeName: string | null;
  mediators: number;
}
