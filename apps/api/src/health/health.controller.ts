import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { Public } from '../common/auth/auth.decorators';
import { DatabaseHealthIndicator } from './database.health';
import { OutboxHealthIndicator } from './outbox.health';
import { QueuesHealthIndicator } from './queues.health';

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
    private readonly queues: QueuesHealthIndicator,
    private readonly outbox: OutboxHealthIndicator,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  alive(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL and Redis reachable (503 otherwise), with the queues' depths and the outbox's backlog. */
  @Get('ready')
  @HealthCheck()
  @ApiServiceUnavailableResponse({ description: 'PostgreSQL or Redis unreachable' })
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.database.check('database'),
      () => this.queues.check('redis'),
      () => this.outbox.check('outbox'),
    ]);
  }
}
