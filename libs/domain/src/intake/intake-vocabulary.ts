/** Law 19 Art 8: groups of vulnerable consumers whose requests are prioritised (Art 8.2.đ). Sensitive data. */
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
export type VulnerableGroup = (typeof VULNERABLE_GROUPS)[number];

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
