import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { indicate } from './with-timeout';

const DATABASE_TIMEOUT_MS = 2_000;

/** PostgreSQL answers a trivial query in time. */
@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  check(key: 'database'): Promise<HealthIndicatorResult> {
    const answered = this.dataSource.query('SELECT 1').then(() => ({}));
    return indicate(this.health.check(key), answered, DATABASE_TIMEOUT_MS);
  }
}
