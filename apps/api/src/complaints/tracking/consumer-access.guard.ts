import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { CaseActionError } from '@app/cases';
import { CaseEntity } from '@app/persistence';
import { accessKeyMatches } from '../intake/access-keys';

export type ConsumerRequest = Request & { consumerCase?: CaseEntity };

const TRACKING_CODE = /^[A-Z]{1,6}-\d{4}-\d{6,}$/;

/**
 * The consumer's access to their case: tracking code in the path, key in X-Access-Key. A wrong key
 * and an unknown code answer the same 404. Runs before uploads are read, so strangers send no files.
 */
@Injectable()
export class ConsumerAccessGuard implements CanActivate {
  constructor(private readonly dataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ConsumerRequest>();
    const code = request.params.trackingCode;
    const header = request.headers['x-access-key'];
    const key = typeof header === 'string' ? header : undefined;
    const valid = typeof code === 'string' && code.length <= 24 && TRACKING_CODE.test(code);
    const found = valid ? await this.dataSource.getRepository(CaseEntity).findOneBy({ trackingCode: code }) : null;
    const allowed = accessKeyMatches(key, found?.accessKeyHash);
    if (!found || !allowed) throw new CaseActionError('not_found');
    request.consumerCase = found;
    return true;
  }
}
