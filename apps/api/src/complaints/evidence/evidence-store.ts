import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';

/** Evidence bytes live outside the database, under AppConfig.evidenceDir/<caseId>/<fileId>. */
@Injectable()
export class EvidenceStore {
  constructor(private readonly config: AppConfig) {}

  async write(caseId: string, fileId: string, content: Buffer): Promise<string> {
    const storageKey = `${caseId}/${fileId}`;
    await mkdir(join(this.config.evidenceDir, caseId), { recursive: true });
    // 'wx': never overwrite (ids are fresh UUIDs).
    await writeFile(this.path(storageKey), content, { flag: 'wx' });
    return storageKey;
  }

  async remove(storageKeys: readonly string[]): Promise<void> {
    await Promise.all(storageKeys.map((key) => rm(this.path(key), { force: true })));
  }

  path(storageKey: string): string {
    return join(this.config.evidenceDir, storageKey);
  }
}
