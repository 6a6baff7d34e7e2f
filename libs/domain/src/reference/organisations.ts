/** Kinds of organisation a case can pass through (domain.md §1, Law 19 Art 63.1). */
export const ORGANISATION_KINDS = [
  'state_agency',
  'commune_committee',
  'consumer_association',
  'mediation_organisation',
  'competent_authority',
  'court',
] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface OrganisationSeed {
  /** Stable code so that re-seeding updates rather than duplicates. */
  code: string;
  name: string;
  kind: OrganisationKind;
}

/** The provincial bodies named in plan 126/KH-UBND (section "Who is involved"). */
export const PLAN_ORGANISATIONS: readonly OrganisationSeed[] = [
  { code: 'SCT', name: 'Sở Công Thương tỉnh Thái Nguyên', kind: 'state_agency' },
  { code: 'HBVNTD', name: 'Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Thái Nguyên', kind: 'consumer_association' },
  { code: 'SYT', name: 'Sở Y tế', kind: 'competent_authority' },
  { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', kind: 'competent_authority' },
  { code: 'SNNMT', name: 'Sở Nông nghiệp và Môi trường', kind: 'competent_authority' },
  { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'competent_authority' },
  { code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo', kind: 'competent_authority' },
  { code: 'SXD', name: 'Sở Xây dựng', kind: 'competent_authority' },
  { code: 'SNV', name: 'Sở Nội vụ', kind: 'competent_authority' },
  { code: 'STC', name: 'Sở Tài chính', kind: 'competent_authority' },
  { code: 'STP', name: 'Sở Tư pháp', kind: 'competent_authority' },
  { code: 'CAT', name: 'Công an tỉnh', kind: 'competent_authority' },
  { code: 'TTT', name: 'Thanh tra tỉnh', kind: 'competent_authority' },
  { code: 'THUE', name: 'Thuế tỉnh Thái Nguyên', kind: 'competent_authority' },
  { code: 'NHNN5', name: 'Ngân hàng Nhà nước Chi nhánh Khu vực 5', kind: 'competent_authority' },
  { code: 'TAND', name: 'Tòa án nhân dân tỉnh Thái Nguyên', kind: 'court' },
];

/** Each commune/ward People's Committee is an organisation too (code `UBND-<commune code>`). */
export function communeCommitteeSeed(commune: { code: string; name: string }): OrganisationSeed {
  return { code: `UBND-${commune.code}`, name: `Ủy ban nhân dân ${commune.name}`, kind: 'commune_committee' };
}
