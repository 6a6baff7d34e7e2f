import type { FieldError } from '../../api/client';
import {
  compactPhone,
  type Draft,
  type DraftField,
  parseVnd,
  parseVnDate,
  SENSITIVE_GROUPS,
  type Step,
  todayInVietnam,
} from './draft';

/**
 * An error on the form: a catalog key (`file.errors.<field>.<rule>`) for the browser's own checks,
 * or the api's message when the catalog has nothing better for that field.
 */
export interface FormError {
  field: DraftField | 'evidence' | 'form';
  rule: string;
  /** The api's message, already in the language of the request. */
  serverText?: string;
}

const PHONE = /^(0\d{9}|\+84\d{9})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TAX_CODE = /^\d{10}(?:-\d{3})?$/;
const blank = (value: string) => value.trim() === '';

export function validateStep(step: Step, draft: Draft, today: string = todayInVietnam()): FormError[] {
  const errors: FormError[] = [];
  const add = (field: FormError['field'], rule: string) => errors.push({ field, rule });
  if (step === 1) {
    if (blank(draft.fullName)) add('fullName', 'required');
    else if (draft.fullName.trim().length > 200) add('fullName', 'tooLong');
    if (blank(draft.phone) && blank(draft.email)) add('phone', 'contactRequired');
    if (!blank(draft.phone) && !PHONE.test(compactPhone(draft.phone))) add('phone', 'invalid');
    if (!blank(draft.email) && !EMAIL.test(draft.email.trim())) add('email', 'invalid');
    if (blank(draft.communeCode)) add('communeCode', 'required');
    if (draft.address.trim().length > 500) add('address', 'tooLong');
    if (!draft.sensitiveConsent && draft.vulnerableGroups.some((g) => SENSITIVE_GROUPS.includes(g))) {
      add('vulnerableGroups', 'needsConsent');
    }
    if (!draft.sensitiveConsent && !blank(draft.ethnicLanguage)) add('ethnicLanguage', 'needsConsent');
    if (!draft.dataConsent) add('dataConsent', 'required');
  }
  if (step === 2) {
    if (blank(draft.businessName)) add('businessName', 'required');
    if (!blank(draft.taxCode) && !TAX_CODE.test(draft.taxCode.trim())) add('taxCode', 'invalid');
    if (blank(draft.channel)) add('channel', 'required');
  }
  if (step === 3) {
    if (blank(draft.sectorCode)) add('sectorCode', 'required');
    if (blank(draft.product)) add('product', 'required');
    if (!blank(draft.purchaseDate)) {
      const iso = parseVnDate(draft.purchaseDate);
      if (!iso) add('purchaseDate', 'invalid');
      else if (iso > today) add('purchaseDate', 'future');
    }
    if (!blank(draft.amount) && parseVnd(draft.amount) === null) add('amount', 'invalid');
  }
  if (step === 4) {
    if (blank(draft.description)) add('description', 'required');
    else if (draft.description.trim().length < 20) add('description', 'tooShort');
    if (draft.desiredResolutions.length === 0) add('desiredResolutions', 'required');
  }
  return errors;
}

/** Where each field of the api's body is asked (a 400's errors are shown on that step, beside that field). */
const SERVER_FIELDS: Readonly<Record<string, { step: Step; field: DraftField }>> = {
  'consumer.fullName': { step: 1, field: 'fullName' },
  'consumer.phone': { step: 1, field: 'phone' },
  'consumer.email': { step: 1, field: 'email' },
  'consumer.communeCode': { step: 1, field: 'communeCode' },
  'consumer.address': { step: 1, field: 'address' },
  'consumer.vulnerableGroups': { step: 1, field: 'vulnerableGroups' },
  'consumer.ethnicLanguage': { step: 1, field: 'ethnicLanguage' },
  'consents.dataProcessing': { step: 1, field: 'dataConsent' },
  'consents.sensitiveData': { step: 1, field: 'sensitiveConsent' },
  'consents.shareContactWithBusiness': { step: 1, field: 'shareContact' },
  'consents.publication': { step: 1, field: 'publication' },
  'business.name': { step: 2, field: 'businessName' },
  'business.taxCode': { step: 2, field: 'taxCode' },
  'business.address': { step: 2, field: 'businessAddress' },
  'business.website': { step: 2, field: 'website' },
  'business.platformName': { step: 2, field: 'platformName' },
  'business.shopId': { step: 2, field: 'shopId' },
  'business.orderId': { step: 2, field: 'orderId' },
  'purchase.channel': { step: 2, field: 'channel' },
  'purchase.sectorCode': { step: 3, field: 'sectorCode' },
  'purchase.product': { step: 3, field: 'product' },
  'purchase.purchaseDate': { step: 3, field: 'purchaseDate' },
  'purchase.amountVnd': { step: 3, field: 'amount' },
  description: { step: 4, field: 'description' },
  desiredResolutions: { step: 4, field: 'desiredResolutions' },
  'businessContacted.contacted': { step: 4, field: 'contacted' },
  'businessContacted.answer': { step: 4, field: 'contactAnswer' },
};

export interface PlacedError extends FormError {
  step: Step;
}

/** The api's field errors placed on their steps; a field the form does not ask for goes to the check page. */
export function placeServerErrors(fieldErrors: readonly FieldError[]): PlacedError[] {
  return fieldErrors.map((error) => {
    const place = SERVER_FIELDS[error.field] ?? SERVER_FIELDS[error.field.replace(/\.\d+$/, '')];
    return place
      ? { step: place.step, field: place.field, rule: 'server', serverText: error.messages.join(' ') }
      : { step: 6, field: 'form', rule: 'server', serverText: `${error.field}: ${error.messages.join(' ')}` };
  });
}
