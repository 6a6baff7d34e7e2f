import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { BusinessLinkUse } from '@app/domain';
import type { BusinessLinkEntity } from '@app/persistence';
import { BusinessLinkService } from './business-link.service';
import { linkTokenOf } from './link-token';

export type BusinessRequest = Request & { businessLink?: BusinessLinkEntity };

const LINK_USE = 'businessLinkUse';

/** What a route does through the business's link; a link's purpose allows some uses only (`LINK_USES`). */
export const LinkUse = (use: BusinessLinkUse) => SetMetadata(LINK_USE, use);

/**
 * A valid link before anything else: runs before uploads are read, so strangers send no files. The
 * token comes from the X-Business-Token header, else from the path (`linkTokenOf`).
 */
@Injectable()
export class BusinessLinkGuard implements CanActivate {
  constructor(
    private readonly links: BusinessLinkService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<BusinessRequest>();
    const use = this.reflector.getAllAndOverride<BusinessLinkUse | undefined>(LINK_USE, [
      context.getHandler(),
      context.getClass(),
    ]);
    request.businessLink = await this.links.validLink(linkTokenOf(request), use);
    return true;
  }
}
