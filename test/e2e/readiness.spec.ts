import { closedPort } from '../support/processes';
import { Stack, startStack } from '../support/stack';

describe('GET /health/ready when Redis is unreachable', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ env: { REDIS_URL: `redis://127.0.0.1:${await closedPort()}` } });
  });
  afterAll(() => stack?.stop());

  it('answers 503 naming Redis as down, while /health still answers 200', async () => {
    const res = await stack.http.get('/health/ready').expect(503);
    expect(res.body.details.redis.status).toBe('down');
    expect(res.body.details.database.status).toBe('up');
    await stack.http.get('/health').expect(200);
  });
});
