import type { MediationType, OrganisationKind } from '@app/domain';

export interface DemoOrganisation {
  code: string;
  /** For an organisation the reference data does not hold; the others keep their official name. */
  create?: { name: string; kind: OrganisationKind; communeName: string };
  mediationType: MediationType;
  hasSeal: boolean;
  address: string;
  email: string;
  phone: string;
  website: string;
}

// Contact details are fictional; addresses use reserved example domains.
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    // The provincial association is a social organisation protecting consumers: Art 63.1(a).
    code: 'HBVNTD',
    // No commune here: the reference-data sync owns the plan organisations' commune (none).
    mediationType: 'a',
    hasSeal: true,
    address: 'Số 4 đường Đội Cấn, Phường Phan Đình Phùng, tỉnh Thái Nguyên (demo)',
    email: 'hoagiai@hoibvntd-thainguyen.example.vn',
    phone: '0208 3855 100',
    website: 'https://hoibvntd-thainguyen.example.vn',
  },
  {
    // A commercial mediation centre: Art 63.1(b).
    code: 'TTHGTM-TN',
    create: {
      name: 'Trung tâm Hòa giải thương mại Thái Nguyên (demo)',
      kind: 'mediation_organisation',
      communeName: 'Phường Gia Sàng',
    },
    mediationType: 'b',
    hasSeal: true,
    address: 'Số 120 đường Lương Ngọc Quyến, Phường Gia Sàng, tỉnh Thái Nguyên (demo)',
    email: 'lienhe@hoagiaithuongmai-tn.example.vn',
    phone: '0208 3650 200',
    website: 'https://hoagiaithuongmai-tn.example.vn',
  },
];
