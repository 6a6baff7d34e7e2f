import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { closedPort } from '../support/processes';
import { startApi } from '../support/test-app';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { testConfig } from '../support/test-env';

describe('GET /health/ready when Redis is unreachable', () => {
  let db: TestDatabase;
  let api: INestApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testConfig({ DATABASE_URL: db.url, REDIS_URL: `redis://127.0.0.1:${await closedPort()}` }));
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('answers 503 naming Redis as down, while /health still answers 200', async () => {
    const res = await request(api.getHttpServer()).get('/health/ready').expect(503);
    expect(res.body.details.redis.status).toBe('down');
    expect(res.body.details.database.status).toBe('up');
    await request(api.getHttpServer()).get('/health').expect(200);
  });
});
