/** Everything the system holds about the consumer of a case (Law 91/2025/QH15 Art 4: access to one's data). */
export interface MyData {
  generatedAt: Date;
  trackingCode: string;
  consumer: {
    fullName: string;
    email: string | null;
    phone: string | null;
    address: string | null;
    communeCode: string | null;
    communeName: string | null;
    language: string | null;
    vulnerableGroups: string[];
    ethnicLanguage: string | null;
  };
  consents: ConsentState[];
  case: {
    status: string;
    submittedAt: Date;
    closedAt: Date | null;
    sector: string;
    businessName: string | null;
    product: string;
    purchaseDate: string | null;
    purchaseChannel: string;
    amountVnd: number | null;
    description: string;
    desiredResolutions: string[];
    businessContactedAt: string | null;
    businessContactAnswer: string | null;
    outcome: string | null;
    amountRecoveredVnd: number | null;
    rating: number | null;
    ratingComment: string | null;
    erasureRequestedAt: Date | null;
  };
  timeline: { at: Date; action: string; actor: string; data: Record<string, unknown> }[];
  evidence: { fileName: string; contentType: string; sizeBytes: number; uploadedBy: string; uploadedAt: Date }[];
  emails: { subject: string; createdAt: Date; sentAt: Date | null; status: string; body: string | null }[];
  requests: {
    id: string;
    kind: string;
    text: string | null;
    status: string;
    receivedAt: Date;
    answerDueAt: Date;
    completeDueAt: Date;
    decision: string | null;
    reason: string | null;
    decidedAt: Date | null;
  }[];
}

/** One consent: whether it is given now, when it was given and when withdrawn. */
export interface ConsentState {
  consent: 'data_processing' | 'sensitive' | 'publication' | 'contact_shared';
  given: boolean;
  givenAt: Date | null;
  withdrawnAt: Date | null;
  /** The version of the consent text the consumer agreed to. */
  textVersion: string;
}
