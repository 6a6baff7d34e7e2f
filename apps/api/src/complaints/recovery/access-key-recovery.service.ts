import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseNotifier, hashSecret, newSecret } from '@app/cases';
import { CaseEntity, CasePartyEntity } from '@app/persistence';
import type { KeyRecoveryDto } from '../dto/key-recovery.dto';

const sameEmail = (a: string | null, b: string): boolean =>
  a !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * A consumer who lost the access key gets a new one by email, to the address they filed with. The
 * old key stops working. The answer is the same whether or not the code and address match, so the
 * route tells a stranger nothing about who filed what.
 */
@Injectable()
export class AccessKeyRecoveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: CaseNotifier,
  ) {}

  async recover({ trackingCode, email }: KeyRecoveryDto): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const c = await m.findOne(CaseEntity, { where: { trackingCode }, lock: { mode: 'pessimistic_write' } });
      const consumer = c ? await m.findOneBy(CasePartyEntity, { caseId: c.id, role: 'consumer' }) : null;
      if (!c || !consumer || !sameEmail(consumer.email, email)) return;
      const accessKey = newSecret();
      await m.update(CaseEntity, { id: c.id }, { accessKeyHash: hashSecret(accessKey) });
      await this.notifier.write(m, [
        {
          messageKey: `case:${c.id}:key-reissued:${crypto.randomUUID()}`,
          caseId: c.id,
          to: { kind: 'consumer', email: consumer.email, language: consumer.language ?? 'vi' },
          template: 'access_key_reissued',
          data: { trackingCode: c.trackingCode, accessKey },
        },
      ]);
    });
  }
}
