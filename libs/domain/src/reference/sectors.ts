export interface Sector {
  code: string;
  nameVi: string;
  nameEn: string;
}

/**
 * Sectors used to route and count complaints (domain.md §7; plan 126/KH-UBND also names
 * standard-form contracts and multi-level marketing as consumer-protection work).
 */
export const SECTORS: readonly Sector[] = [
  { code: 'ecommerce', nameVi: 'Thương mại điện tử', nameEn: 'E-commerce' },
  { code: 'food', nameVi: 'Thực phẩm và đồ uống', nameEn: 'Food and drink' },
  { code: 'health', nameVi: 'Thuốc và dịch vụ y tế', nameEn: 'Drugs and health services' },
  { code: 'medical_devices', nameVi: 'Trang thiết bị y tế', nameEn: 'Medical devices' },
  { code: 'telecom', nameVi: 'Viễn thông và Internet', nameEn: 'Telecom and internet' },
  { code: 'utilities', nameVi: 'Điện và nước', nameEn: 'Electricity and water' },
  { code: 'finance', nameVi: 'Tài chính, ngân hàng và bảo hiểm', nameEn: 'Finance, banking and insurance' },
  { code: 'real_estate', nameVi: 'Bất động sản và xây dựng', nameEn: 'Real estate and construction' },
  { code: 'transport', nameVi: 'Vận tải', nameEn: 'Transport' },
  { code: 'tourism', nameVi: 'Du lịch, văn hóa và thể thao', nameEn: 'Tourism, culture and sport' },
  { code: 'education', nameVi: 'Giáo dục', nameEn: 'Education' },
  { code: 'mlm', nameVi: 'Kinh doanh theo phương thức đa cấp', nameEn: 'Multi-level marketing' },
  {
    code: 'standard_contracts',
    nameVi: 'Hợp đồng theo mẫu và điều kiện giao dịch chung',
    nameEn: 'Standard-form contracts and general trading conditions',
  },
  { code: 'other', nameVi: 'Khác', nameEn: 'Other' },
];
