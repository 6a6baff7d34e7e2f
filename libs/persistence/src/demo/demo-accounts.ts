import type { StaffRole } from '@app/domain';

export interface DemoAccount {
  email: string;
  role: StaffRole;
  /** Code of the organisation the account works in. */
  org: string;
  fullName: string;
  supervisor?: boolean;
}

/**
 * One demo account per staff role, in the organisation where that role works; each mediation
 * organisation also has its admin and several mediators (their profiles: demo-mediators.ts).
 */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'officer@demo.test', role: 'officer', org: 'SCT', fullName: 'Cán bộ tiếp nhận (demo)' },
  { email: 'supervisor@demo.test', role: 'officer', org: 'SCT', fullName: 'Trưởng phòng (demo)', supervisor: true },
  { email: 'mediator@demo.test', role: 'mediator', org: 'HBVNTD', fullName: 'Hòa giải viên (demo)' },
  {
    email: 'mediation_admin@demo.test',
    role: 'mediation_admin',
    org: 'HBVNTD',
    fullName: 'Quản trị tổ chức hòa giải (demo)',
  },
  { email: 'association@demo.test', role: 'association', org: 'HBVNTD', fullName: 'Cán bộ Hội (demo)' },
  { email: 'analyst@demo.test', role: 'analyst', org: 'SCT', fullName: 'Chuyên viên thống kê (demo)' },
  { email: 'admin@demo.test', role: 'admin', org: 'SCT', fullName: 'Quản trị hệ thống (demo)' },
  { email: 'mediator2@demo.test', role: 'mediator', org: 'HBVNTD', fullName: 'Nông Thị Hoa (demo)' },
  { email: 'mediator3@demo.test', role: 'mediator', org: 'HBVNTD', fullName: 'Triệu Văn Sơn (demo)' },
  { email: 'mediator4@demo.test', role: 'mediator', org: 'HBVNTD', fullName: 'Lê Thu Trang (demo)' },
  {
    email: 'mediation_admin2@demo.test',
    role: 'mediation_admin',
    org: 'TTHGTM-TN',
    fullName: 'Quản trị Trung tâm Hòa giải thương mại (demo)',
  },
  { email: 'mediator5@demo.test', role: 'mediator', org: 'TTHGTM-TN', fullName: 'Phạm Quốc Bảo (demo)' },
  { email: 'mediator6@demo.test', role: 'mediator', org: 'TTHGTM-TN', fullName: 'Hoàng Thị Mai (demo)' },
  { email: 'mediator7@demo.test', role: 'mediator', org: 'TTHGTM-TN', fullName: 'Giàng A Páo (demo)' },
];
