import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { BusinessLinkEntity } from '@app/persistence';
import { BusinessLinkService } from './business-link.service';

export type BusinessRequest = Request & { businessLink?: BusinessLinkEntity };

/** A valid link before anything else: runs before uploads are read, so strangers send no files. */
@Injectable()
export class BusinessLinkGuard implements CanActivate {
  constructor(private readonly links: BusinessLinkService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<BusinessRequest>();
    request.businessLink = await this.links.validLink(String(request.params.token));
    return true;
  }
}
