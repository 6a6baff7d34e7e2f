import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/auth.decorators';
import { CreateRoutingRuleDto, RoutingRuleDto } from './dto/routing-rule.dto';
import { RoutingRulesService } from './routing-rules.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/routing-rules')
export class RoutingRulesController {
  constructor(private readonly rules: RoutingRulesService) {}

  @Get()
  @ApiOkResponse({ type: [RoutingRuleDto] })
  list(): Promise<RoutingRuleDto[]> {
    return this.rules.list();
  }

  @Post()
  @ApiCreatedResponse({ type: RoutingRuleDto })
  create(@Body() body: CreateRoutingRuleDto): Promise<RoutingRuleDto> {
    return this.rules.create(body);
  }

  @Delete(':id')
  @HttpCode(204)
  retire(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.rules.retire(id);
  }
}
