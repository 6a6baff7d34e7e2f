import { Injectable, StreamableFile } from '@nestjs/common';
import { type ConsentKind, isWithdrawableConsent } from '@app/domain';
import type { CaseEntity } from '@app/persistence';
import type { Language } from '../common/validation/messages';
import { ConsentWithdrawalService, type WithdrawalAnswer } from './consent-withdrawal.service';
import type { MyData } from './my-data';
import { renderMyDataPdf } from './my-data-pdf';
import { MyDataService } from './my-data.service';

/** The consumer's downloads of their data, and the withdrawal of a consent by kind. */
@Injectable()
export class ConsumerDataRightsService {
  constructor(
    private readonly myData: MyDataService,
    private readonly consents: ConsentWithdrawalService,
  ) {}

  async json(c: CaseEntity): Promise<StreamableFile> {
    const data: MyData = await this.myData.collect(c);
    const bytes = Buffer.from(JSON.stringify(data, null, 2), 'utf8');
    return new StreamableFile(bytes, {
      type: 'application/json; charset=utf-8',
      disposition: `attachment; filename="${c.trackingCode}-my-data.json"`,
      length: bytes.length,
    });
  }

  async pdf(c: CaseEntity, language: Language): Promise<StreamableFile> {
    const pdf = await renderMyDataPdf(await this.myData.collect(c), language);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="${c.trackingCode}-my-data.pdf"`,
      length: pdf.length,
    });
  }

  async withdraw(c: CaseEntity, consent: ConsentKind, language: Language): Promise<WithdrawalAnswer> {
    if (!isWithdrawableConsent(consent)) this.consents.refuseDataProcessing(c);
    return this.consents.withdraw(c, consent, language);
  }
}
