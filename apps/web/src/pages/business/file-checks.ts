import type { TFunction } from 'i18next';

// As apps/api/src/complaints/evidence/upload-limits.ts (MAX_EVIDENCE_FILES, MAX_EVIDENCE_FILE_BYTES,
// EVIDENCE_TYPES in libs/domain): the api checks the content again.
export const MAX_FILES = 10;
export const MAX_FILE_MB = 10;
const MAX_BYTES = MAX_FILE_MB * 1024 * 1024;
const TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
const EXTENSIONS = /\.(jpe?g|png|pdf)$/i;

/** What is wrong with the chosen files, one message per problem (empty when they can be sent). */
export function checkFiles(files: readonly File[], t: TFunction): string[] {
  const problems: string[] = [];
  if (files.length > MAX_FILES) problems.push(t('business.documents.errors.tooMany', { count: MAX_FILES }));
  for (const file of files) {
    const typeOk = TYPES.includes(file.type) || (file.type === '' && EXTENSIONS.test(file.name));
    if (!typeOk) problems.push(t('business.documents.errors.type', { name: file.name }));
    else if (file.size > MAX_BYTES)
      problems.push(t('business.documents.errors.size', { name: file.name, mb: MAX_FILE_MB }));
    else if (file.size === 0) problems.push(t('business.documents.errors.empty', { name: file.name }));
  }
  return problems;
}
