import { createHash } from 'node:crypto';
import { type ComplaintIdentity, duplicateKeys } from '@app/domain';

/** The stored form of a complaint's duplicate keys (complaint_keys.key_hash): SHA-256, hex. */
export function complaintKeyHashes(identity: Pick<ComplaintIdentity, 'consumer' | 'business'>): string[] {
  return duplicateKeys(identity).map((key) => createHash('sha256').update(key, 'utf8').digest('hex'));
}
