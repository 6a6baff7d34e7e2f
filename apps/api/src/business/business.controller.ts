import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/auth.decorators';
import { BusinessCaseViewDto } from './business-case.dto';
import { BusinessLinkService } from './business-link.service';
import { BusinessResponseDto } from './dto/business-response.dto';

@ApiTags('business')
@Public()
@ApiNotFoundResponse({ description: 'Unknown link' })
@ApiGoneResponse({ description: 'The link expired or was revoked' })
@Controller('business/:token')
export class BusinessController {
  constructor(private readonly links: BusinessLinkService) {}

  @Get()
  @ApiOkResponse({ type: BusinessCaseViewDto })
  view(@Param('token') token: string): Promise<BusinessCaseViewDto> {
    return this.links.view(token);
  }

  @Post('respond')
  @HttpCode(200)
  @ApiOkResponse({ type: BusinessCaseViewDto })
  respond(@Param('token') token: string, @Body() body: BusinessResponseDto): Promise<BusinessCaseViewDto> {
    return this.links.respond(token, body);
  }
}
