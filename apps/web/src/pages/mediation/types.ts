// The public lists of Law 19 Art 63.2: the mediators of an organisation
// (GET /api/v1/public/mediation-organisations/{id}/mediators); the organisation is api/types.ts'.

export interface NamedCode {
  code: string;
  vi: string;
  en: string;
}

export interface PublicMediator {
  id: string;
  fullName: string;
  languages: NamedCode[];
  sectors: NamedCode[];
  publicProfile: string | null;
}

export interface PublicMediatorPage {
  items: PublicMediator[];
  total: number;
}
