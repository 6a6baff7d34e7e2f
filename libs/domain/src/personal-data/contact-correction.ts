/** Contact fields the consumer may correct (Law 91/2025/QH15 Art 4: the right to correct one's data). */
export const CORRECTABLE_CONTACT_FIELDS = ['fullName', 'phone', 'email', 'address', 'communeCode'] as const;
export type CorrectableContactField = (typeof CORRECTABLE_CONTACT_FIELDS)[number];

export type ContactData = Record<CorrectableContactField, string | null>;

/**
 * The fields a correction really changes (sent and different from what is kept). The timeline
 * records these names only, never the values: it is append-only and must not carry personal data.
 */
export function changedContactFields(current: ContactData, patch: Partial<ContactData>): CorrectableContactField[] {
  return CORRECTABLE_CONTACT_FIELDS.filter((field) => patch[field] !== undefined && patch[field] !== current[field]);
}

/**
 * The consumer must stay reachable: a correction may not leave the party with neither email nor
 * phone (the intake rule "email and/or phone"). Null in the patch removes a field.
 */
export function leavesNoContact(current: ContactData, patch: Partial<ContactData>): boolean {
  if (patch.email !== null && patch.phone !== null) return false;
  const email = patch.email !== undefined ? patch.email : current.email;
  const phone = patch.phone !== undefined ? patch.phone : current.phone;
  return !email && !phone;
}
