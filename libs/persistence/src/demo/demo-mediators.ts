import type { MediationLanguage } from '@app/domain';
import type { MediatorTie } from '../entities';

export interface DemoMediatorProfile {
  languages: MediationLanguage[];
  sectors: string[];
  maxOpenCases: number;
  ties?: MediatorTie[];
  publicProfile: string;
  /** Certificate number of the mediation-skills training. */
  certificate: string;
}

/** Complete Art 64.2 declarations, all verified by the organisation's admin (dates fictional). */
export const DEMO_QUALIFICATION_DATES = {
  reputationAttestedOn: '2025-03-14',
  mediationTrainingOn: '2024-10-25',
  consumerLawTrainingOn: '2025-05-09',
  judicialRecordOn: '2025-08-20',
} as const;

/** The profile of each demo mediator account, by e-mail: languages for Art 64.3, sectors, capacity, a tie. */
export const DEMO_MEDIATOR_PROFILES: Record<string, DemoMediatorProfile> = {
  'mediator@demo.test': {
    languages: ['vi', 'tay'],
    sectors: ['real_estate', 'utilities', 'ecommerce'],
    maxOpenCases: 10,
    publicProfile: 'Hòa giải viên của Hội, 8 năm hòa giải tranh chấp tiêu dùng; nói tiếng Tày.',
    certificate: 'HGV-DEMO-001',
  },
  'mediator2@demo.test': {
    languages: ['vi', 'nung', 'tay'],
    sectors: ['food', 'health', 'medical_devices'],
    maxOpenCases: 8,
    publicProfile: 'Nguyên cán bộ y tế cơ sở; hòa giải về thực phẩm, thuốc và dịch vụ y tế; nói tiếng Nùng và Tày.',
    certificate: 'HGV-DEMO-002',
  },
  'mediator3@demo.test': {
    languages: ['vi', 'dao', 'san_chay'],
    sectors: ['utilities', 'transport', 'education'],
    maxOpenCases: 6,
    publicProfile: 'Hòa giải viên cơ sở ở vùng cao; nói tiếng Dao và Sán Chay.',
    certificate: 'HGV-DEMO-003',
  },
  'mediator4@demo.test': {
    languages: ['vi', 'en'],
    sectors: ['ecommerce', 'telecom', 'finance'],
    maxOpenCases: 12,
    ties: [
      {
        taxCode: '0100000002',
        name: 'Công ty Viễn thông Ví Dụ',
        note: 'Từng làm việc tại phòng chăm sóc khách hàng của công ty (2019–2023)',
      },
    ],
    publicProfile: 'Luật sư; thương mại điện tử, viễn thông và tài chính. Works in English.',
    certificate: 'HGV-DEMO-004',
  },
  'mediator5@demo.test': {
    languages: ['vi', 'en', 'hoa'],
    sectors: ['finance', 'real_estate', 'standard_contracts'],
    maxOpenCases: 15,
    publicProfile: 'Hòa giải viên thương mại, hợp đồng theo mẫu và tín dụng tiêu dùng; nói tiếng Anh và tiếng Hoa.',
    certificate: 'HGV-DEMO-005',
  },
  'mediator6@demo.test': {
    languages: ['vi', 'tay', 'san_diu'],
    sectors: ['tourism', 'ecommerce', 'mlm'],
    maxOpenCases: 10,
    publicProfile: 'Du lịch, bán hàng đa cấp và mua sắm trực tuyến; nói tiếng Tày và Sán Dìu.',
    certificate: 'HGV-DEMO-006',
  },
  'mediator7@demo.test': {
    languages: ['vi', 'hmong'],
    sectors: ['transport', 'food'],
    maxOpenCases: 5,
    publicProfile: "Hòa giải viên người H'Mông; vận tải và thực phẩm.",
    certificate: 'HGV-DEMO-007',
  },
};
