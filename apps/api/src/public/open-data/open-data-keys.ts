import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { isUuid } from '@app/cases';

/** Position in the open data's order: (closed_at, id), closed_at to the microsecond as PostgreSQL keeps it. */
export interface OpenDataCursor {
  closedAt: string;
  id: string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
// An instant in ISO 8601 with up to six decimals and Z, as the query writes it.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z$/;

/**
 * The open data's keys, derived from OPEN_DATA_SECRET: a case's public id is an HMAC of its id (stable,
 * not reversible, not the tracking code), and page cursors are sealed (AES-256-GCM) so that they
 * neither reveal nor accept a case id.
 */
@Injectable()
export class OpenDataKeys {
  private readonly idKey: Buffer;
  private readonly cursorKey: Buffer;

  constructor(config: AppConfig) {
    this.idKey = createHmac('sha256', config.openDataSecret).update('open-data/public-id/v1').digest();
    this.cursorKey = createHmac('sha256', config.openDataSecret).update('open-data/cursor/v1').digest();
  }

  /** 32 hex characters (128 bits): safe in a spreadsheet cell (never starts with - or =). */
  publicId(caseId: string): string {
    return createHmac('sha256', this.idKey).update(caseId).digest().subarray(0, 16).toString('hex');
  }

  sealCursor(cursor: OpenDataCursor): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.cursorKey, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify([cursor.closedAt, cursor.id]), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The cursor, or null when it was not sealed by this server (or was altered). */
  openCursor(text: string): OpenDataCursor | null {
    try {
      const raw = Buffer.from(text, 'base64url');
      if (raw.length <= IV_BYTES + TAG_BYTES) return null;
      const decipher = createDecipheriv('aes-256-gcm', this.cursorKey, raw.subarray(0, IV_BYTES));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
      const [closedAt, id] = JSON.parse(plain.toString('utf8')) as unknown[];
      return typeof closedAt === 'string' && INSTANT.test(closedAt) && typeof id === 'string' && isUuid(id)
        ? { closedAt, id }
        : null;
    } catch {
      return null;
    }
  }
}
