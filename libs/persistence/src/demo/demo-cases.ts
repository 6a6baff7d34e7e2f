import type { PartyRole } from '../entities';

export interface DemoCase {
  /** Stable key: re-seeding finds the case by it instead of adding another. */
  key: string;
  status: string;
  communeName: string;
  sectorCode: string;
  channel: string;
  purchaseChannel: string;
  product: string;
  amountVnd: number;
  description: string;
  desiredResolutions: string[];
  vulnerable?: boolean;
  outcome?: { code: string; amountRecoveredVnd?: number };
  /** The advisor (an officer of the department, which handles every demo case). */
  assignedTo?: string;
  /** For a case in mediation: the mediator, from the provincial association. */
  mediator?: string;
  daysAgo: number;
  /** Days after submission at which the case entered each stage it reached. */
  stages: Partial<Record<'consultation' | 'negotiation' | 'mediation' | 'closed', number>>;
  parties: {
    role: PartyRole;
    name: string;
    email?: string;
    phone?: string;
    taxCode?: string;
    shopId?: string;
    orderId?: string;
    /** Art 64.3: a consumer's ethnic-minority language (sensitive: recorded with their consent). */
    ethnicLanguage?: string;
  }[];
}

// Fictional people and businesses; contact addresses use reserved example domains.
export const DEMO_CASES: DemoCase[] = [
  {
    key: 'demo-ecommerce-headphones',
    status: 'submitted',
    communeName: 'Phường Phan Đình Phùng',
    sectorCode: 'ecommerce',
    channel: 'web',
    purchaseChannel: 'ecommerce_platform',
    product: 'Tai nghe không dây',
    amountVnd: 1_290_000,
    description: 'Tai nghe mua trên sàn thương mại điện tử không kết nối được, người bán không trả lời tin nhắn.',
    desiredResolutions: ['refund'],
    daysAgo: 1,
    stages: {},
    parties: [
      { role: 'consumer', name: 'Nguyễn Văn An', email: 'an.nguyen@example.vn', phone: '0912000001' },
      { role: 'business', name: 'Cửa hàng Âm Thanh Số', shopId: 'amthanhso', orderId: 'SP-2611-000123' },
      { role: 'platform', name: 'Sàn TMĐT Ví Dụ' },
    ],
  },
  {
    key: 'demo-food-poisoning',
    status: 'consultation',
    communeName: 'Phường Gia Sàng',
    sectorCode: 'food',
    channel: 'phone',
    purchaseChannel: 'in_store',
    product: 'Bánh trung thu',
    amountVnd: 450_000,
    description: 'Bánh trung thu đã quá hạn sử dụng nhưng vẫn được bày bán, cả gia đình bị đau bụng sau khi ăn.',
    desiredResolutions: ['refund', 'apology'],
    assignedTo: 'officer@demo.test',
    daysAgo: 6,
    stages: { consultation: 1 },
    parties: [
      { role: 'consumer', name: 'Trần Thị Bình', phone: '0912000002' },
      {
        role: 'business',
        name: 'Công ty TNHH Bánh Kẹo Ví Dụ',
        taxCode: '4600000001',
        email: 'cskh@banhkeo.example.vn',
      },
    ],
  },
  {
    key: 'demo-telecom-charges',
    status: 'negotiation',
    communeName: 'Phường Sông Công',
    sectorCode: 'telecom',
    channel: 'email',
    purchaseChannel: 'phone_tv_sales',
    product: 'Gói cước di động',
    amountVnd: 600_000,
    description:
      'Nhà mạng tự động gia hạn gói dịch vụ giá trị gia tăng mà tôi không đăng ký, trừ tiền nhiều tháng liền.',
    desiredResolutions: ['refund', 'correction_of_terms'],
    assignedTo: 'officer@demo.test',
    daysAgo: 12,
    stages: { consultation: 1, negotiation: 3 },
    parties: [
      { role: 'consumer', name: 'Lê Minh Châu', email: 'chau.le@example.vn' },
      {
        role: 'business',
        name: 'Công ty Viễn thông Ví Dụ',
        taxCode: '0100000002',
        email: 'khieunai@vienthong.example.vn',
      },
    ],
  },
  {
    key: 'demo-elderly-solar',
    status: 'mediation',
    communeName: 'Xã Định Hóa',
    sectorCode: 'real_estate',
    channel: 'in_person',
    purchaseChannel: 'door_to_door',
    product: 'Lắp đặt hệ thống điện mặt trời áp mái',
    amountVnd: 85_000_000,
    description:
      'Người bán đến tận nhà giới thiệu, hệ thống lắp xong không hoạt động đúng công suất như cam kết trong hợp đồng.',
    desiredResolutions: ['repair', 'compensation'],
    vulnerable: true,
    assignedTo: 'officer@demo.test',
    mediator: 'mediator@demo.test',
    daysAgo: 40,
    stages: { consultation: 1, negotiation: 2, mediation: 15 },
    parties: [
      { role: 'consumer', name: 'Hoàng Văn Dũng', phone: '0912000004', ethnicLanguage: 'Tày' },
      { role: 'business', name: 'Công ty CP Năng Lượng Ví Dụ', taxCode: '4600000005-001' },
    ],
  },
  {
    key: 'demo-water-bill',
    status: 'resolved',
    communeName: 'Phường Phổ Yên',
    sectorCode: 'utilities',
    channel: 'hotline_referral',
    purchaseChannel: 'other',
    product: 'Dịch vụ cấp nước sinh hoạt',
    amountVnd: 2_400_000,
    description:
      'Hóa đơn tiền nước tháng 9 tăng gấp năm lần do đồng hồ hỏng, công ty cấp nước yêu cầu thanh toán toàn bộ.',
    desiredResolutions: ['refund'],
    outcome: { code: 'monetary_relief', amountRecoveredVnd: 1_950_000 },
    assignedTo: 'officer@demo.test',
    daysAgo: 75,
    stages: { consultation: 1, negotiation: 4, closed: 20 },
    parties: [
      { role: 'consumer', name: 'Phạm Thu Hà', email: 'ha.pham@example.vn' },
      { role: 'business', name: 'Công ty Cấp nước Ví Dụ', taxCode: '4600000006' },
    ],
  },
];
