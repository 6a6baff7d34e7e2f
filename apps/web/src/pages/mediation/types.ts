// The public lists of Law 19 Art 63.2, as GET /api/v1/public/mediation-organisations answers them.

export interface PublicOrganisation {
  id: string;
  name: string;
  kind: 'mediation_organisation' | 'consumer_association';
  mediationType: 'a' | 'b' | 'c';
  communeName: string | null;
  mediators: number;
}

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
