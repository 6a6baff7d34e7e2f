import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { DatabaseHealthIndicator } from './database.health';
import { OutboxHealthIndicator } from './outbox.health';
import { QueuesHealthIndicator } from './queues.health';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json', logger: false })],
  controllers: [HealthController],
  providers: [DatabaseHealthIndicator, QueuesHealthIndicator, OutboxHealthIndicator],
})
export class HealthModule {}
