import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CommuneEntity, SectorEntity } from '@app/persistence';

// Reference data changes only when `db:migrate` syncs it; a few minutes' staleness is harmless.
const REFRESH_MS = 5 * 60 * 1000;

/** The valid commune and sector codes, kept in memory so that intake does not ask for them each time. */
@Injectable()
export class ReferenceCodes {
  private loaded?: Promise<{ communes: Set<string>; sectors: Set<string> }>;
  private loadedAt = 0;

  constructor(private readonly dataSource: DataSource) {}

  async isCommune(code: string): Promise<boolean> {
    return (await this.codes()).communes.has(code);
  }

  async isSector(code: string): Promise<boolean> {
    return (await this.codes()).sectors.has(code);
  }

  private codes(): Promise<{ communes: Set<string>; sectors: Set<string> }> {
    if (!this.loaded || Date.now() - this.loadedAt > REFRESH_MS) {
      this.loadedAt = Date.now();
      this.loaded = this.load().catch((error: unknown) => {
        this.loaded = undefined;
        throw error;
      });
    }
    return this.loaded;
  }

  private async load(): Promise<{ communes: Set<string>; sectors: Set<string> }> {
    const communes = await this.dataSource.getRepository(CommuneEntity).find({ select: { code: true } });
    const sectors = await this.dataSource.getRepository(SectorEntity).find({ select: { code: true } });
    return { communes: new Set(communes.map((c) => c.code)), sectors: new Set(sectors.map((s) => s.code)) };
  }
}
