import { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { RequestValidationError } from './validation.pipe';

const MAX_DEPTH = 20;

/** Path of the first string holding a NUL character, which PostgreSQL text and jsonb cannot store. */
function nulPath(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = nulPath(item, path ? `${path}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** Refuses input with NUL characters as a 400 field error, before anything reaches the database. */
export class RejectNulPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const path = nulPath(value, metadata.type === 'body' ? '' : (metadata.data ?? metadata.type));
    if (path !== null) {
      throw new RequestValidationError([
        { field: path || metadata.type, constraints: [{ name: 'noNulCharacter', args: [] }] },
      ]);
    }
    return value;
  }
}
