// The complaint being written: plain strings as typed, turned into the api's body only at submit.

export const STEP_COUNT = 6;
export type Step = 1 | 2 | 3 | 4 | 5 | 6;

/** The version of the consent texts shown on step 1 (kept with the case as proof of consent). */
export const CONSENT_TEXT_VERSION = '2026-01';

export const VULNERABLE_GROUPS = [
  'elderly',
  'disability',
  'child',
  'ethnic_minority',
  'pregnant_or_young_child',
  'serious_illness',
  'poor_household',
  'remote_area',
] as const;
/** Groups that reveal ethnicity or health: sensitive personal data, kept only with consent (PDPL 91/2025). */
export const SENSITIVE_GROUPS: readonly string[] = [
  'disability',
  'ethnic_minority',
  'pregnant_or_young_child',
  'serious_illness',
];
export const PURCHASE_CHANNELS = [
  'in_store',
  'ecommerce_platform',
  'social_network',
  'phone_tv_sales',
  'door_to_door',
  'other',
] as const;
export const ONLINE_CHANNELS: readonly string[] = ['ecommerce_platform', 'social_network'];
export const DESIRED_RESOLUTIONS = [
  'refund',
  'replacement',
  'repair',
  'compensation',
  'apology',
  'correction_of_terms',
  'other',
] as const;

export interface Draft {
  idempotencyKey: string;
  fullName: string;
  phone: string;
  email: string;
  communeCode: string;
  address: string;
  vulnerableGroups: string[];
  ethnicLanguage: string;
  sensitiveConsent: boolean;
  dataConsent: boolean;
  shareContact: boolean;
  publication: boolean;
  businessName: string;
  taxCode: string;
  businessAddress: string;
  website: string;
  channel: string;
  platformName: string;
  shopId: string;
  orderId: string;
  sectorCode: string;
  product: string;
  purchaseDate: string;
  amount: string;
  description: string;
  desiredResolutions: string[];
  contacted: '' | 'yes' | 'no';
  contactAnswer: string;
}

export type DraftField = Exclude<keyof Draft, 'idempotencyKey'>;

/** A random UUID (v4); crypto.randomUUID needs a secure context, getRandomValues does not. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function emptyDraft(): Draft {
  return {
    idempotencyKey: newIdempotencyKey(),
    fullName: '',
    phone: '',
    email: '',
    communeCode: '',
    address: '',
    vulnerableGroups: [],
    ethnicLanguage: '',
    sensitiveConsent: false,
    dataConsent: false,
    shareContact: false,
    publication: false,
    businessName: '',
    taxCode: '',
    businessAddress: '',
    website: '',
    channel: '',
    platformName: '',
    shopId: '',
    orderId: '',
    sectorCode: '',
    product: '',
    purchaseDate: '',
    amount: '',
    description: '',
    desiredResolutions: [],
    contacted: '',
    contactAnswer: '',
  };
}

/** "0912 345 678" → "0912345678". */
export const compactPhone = (value: string) => value.replace(/[\s.()-]/g, '');

/** "dd/mm/yyyy" (or d/m/yyyy, dashes or dots) → "yyyy-mm-dd", or null when it is not a real day. */
export function parseVnDate(value: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today in Viet Nam, "yyyy-mm-dd". */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

/** "8.490.000", "8490000 đ", "8,490,000" → 8490000; null when it is not a whole number of đồng. */
export function parseVnd(value: string): number | null {
  const digits = value.replace(/[\s.,]/g, '').replace(/(đ|vnd|vnđ|d)$/i, '');
  if (!/^\d{1,15}$/.test(digits)) return null;
  return Number(digits);
}

const given = (value: string) => value.trim() !== '';
const optional = (value: string) => (given(value) ? value.trim() : undefined);

/** The body of POST /api/v1/complaints. Optional fields left empty are not sent. */
export function toIntakeBody(draft: Draft, language: string) {
  const online = ONLINE_CHANNELS.includes(draft.channel);
  const sensitive = draft.sensitiveConsent;
  return {
    consumer: {
      fullName: draft.fullName.trim(),
      phone: given(draft.phone) ? compactPhone(draft.phone) : undefined,
      email: optional(draft.email),
      communeCode: draft.communeCode,
      address: optional(draft.address),
      language: language === 'en' ? 'en' : 'vi',
      vulnerableGroups: draft.vulnerableGroups.filter((g) => sensitive || !SENSITIVE_GROUPS.includes(g)),
      ethnicLanguage: sensitive ? optional(draft.ethnicLanguage) : undefined,
    },
    business: {
      name: draft.businessName.trim(),
      taxCode: optional(draft.taxCode),
      address: optional(draft.businessAddress),
      website: optional(draft.website),
      platformName: online ? optional(draft.platformName) : undefined,
      shopId: online ? optional(draft.shopId) : undefined,
      orderId: online ? optional(draft.orderId) : undefined,
    },
    purchase: {
      sectorCode: draft.sectorCode,
      product: draft.product.trim(),
      purchaseDate: given(draft.purchaseDate) ? (parseVnDate(draft.purchaseDate) ?? draft.purchaseDate) : undefined,
      amountVnd: given(draft.amount) ? (parseVnd(draft.amount) ?? undefined) : undefined,
      channel: draft.channel,
    },
    description: draft.description.trim(),
    desiredResolutions: draft.desiredResolutions,
    businessContacted:
      draft.contacted === ''
        ? undefined
        : {
            contacted: draft.contacted === 'yes',
            answer: draft.contacted === 'yes' ? optional(draft.contactAnswer) : undefined,
          },
    consents: {
      dataProcessing: draft.dataConsent,
      textVersion: CONSENT_TEXT_VERSION,
      sensitiveData: sensitive,
      shareContactWithBusiness: draft.shareContact,
      publication: draft.publication,
    },
  };
}
