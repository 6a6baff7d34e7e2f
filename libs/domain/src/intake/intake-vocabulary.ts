/**
 * Law 19 Art 8: groups of vulnerable consumers whose requests are prioritised (Art 8.2.đ). Only the
 * groups that reveal ethnicity or health are sensitive personal data (PDPL 91/2025; domain.md §3, §6)
 * and need the consumer's explicit consent; age, where one lives or a poor household do not.
 */
export const VULNERABLE_GROUP_TABLE = [
  { group: 'elderly', sensitive: false },
  { group: 'disability', sensitive: true }, // health
  { group: 'child', sensitive: false },
  { group: 'ethnic_minority', sensitive: true }, // ethnicity
  { group: 'pregnant_or_young_child', sensitive: true }, // pregnancy is health data
  { group: 'serious_illness', sensitive: true }, // health
  { group: 'poor_household', sensitive: false },
  { group: 'remote_area', sensitive: false },
] as const satisfies readonly { group: string; sensitive: boolean }[];
export type VulnerableGroup = (typeof VULNERABLE_GROUP_TABLE)[number]['group'];
export const VULNERABLE_GROUPS: readonly VulnerableGroup[] = VULNERABLE_GROUP_TABLE.map((g) => g.group);

/** Whether recording this group needs consent to sensitive data. Unknown groups count as sensitive. */
export function isSensitiveGroup(group: string): boolean {
  return VULNERABLE_GROUP_TABLE.find((g) => g.group === group)?.sensitive ?? true;
}

/** What the consumer asks for. */
export const DESIRED_RESOLUTIONS = [
  'refund',
  'replacement',
  'repair',
  'compensation',
  'apology',
  'correction_of_terms',
  'other',
] as const;
export type DesiredResolution = (typeof DESIRED_RESOLUTIONS)[number];

/** Where the consumer bought (statistics by channel; e-commerce cases also record the platform, domain.md §4). */
export const PURCHASE_CHANNELS = [
  'in_store',
  'ecommerce_platform',
  'social_network',
  'phone_tv_sales',
  'door_to_door',
  'other',
] as const;
export type PurchaseChannel = (typeof PURCHASE_CHANNELS)[number];

/** How a complaint reached the body: the public web form, or staff registering it for the consumer. */
export const STAFF_INTAKE_CHANNELS = ['phone', 'email', 'in_person', 'post', 'hotline_referral'] as const;
export type StaffIntakeChannel = (typeof STAFF_INTAKE_CHANNELS)[number];
export const WEB_INTAKE_CHANNEL = 'web';
export type IntakeChannel = StaffIntakeChannel | typeof WEB_INTAKE_CHANNEL;

export const CONSUMER_LANGUAGES = ['vi', 'en'] as const;
export type ConsumerLanguage = (typeof CONSUMER_LANGUAGES)[number];
