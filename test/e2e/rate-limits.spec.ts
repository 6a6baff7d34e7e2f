import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { startApi } from '../support/test-app';
import { Stack, startStack } from '../support/stack';
import { complaintBody } from '../support/lifecycle-client';

// Issue 12 item 1: abuse limits counted in Redis, so that they hold across api replicas; set by
// configuration (RATE_LIMITS), with the client address taken behind a proxy only when TRUST_PROXY says so.

jest.setTimeout(120_000);

const LIMITS = 'intake=3/600,recovery=2/900,recovery_case=3/3600,access=5/600';

const countCases = async (stack: Stack) =>
  (await stack.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM cases`))[0].n;

describe('abuse limits shared by two api replicas', () => {
  let stack: Stack;
  let second: INestApplication;

  beforeAll(async () => {
    stack = await startStack({ env: { RATE_LIMITS: LIMITS } });
    // Another replica on the same database and Redis (the same configuration, as a deployment has).
    second = await startApi(stack.config);
  });
  afterAll(async () => {
    await second?.close();
    await stack?.stop();
  });

  const replicas = () => [stack.http, request(second.getHttpServer())];

  it('counts public filings from one address across replicas; the next is refused in the caller’s language and stores nothing', async () => {
    const before = await countCases(stack);
    const [a, b] = replicas();
    await a.post('/api/v1/complaints').send(complaintBody()).expect(201);
    await b.post('/api/v1/complaints').send(complaintBody()).expect(201);
    await a.post('/api/v1/complaints').send(complaintBody()).expect(201);

    const vi = await b.post('/api/v1/complaints').send(complaintBody()).expect(429);
    expect(vi.body.message).toBe('Bạn đã gửi quá nhiều yêu cầu. Hãy đợi vài phút rồi thử lại.');
    expect(Number(vi.headers['retry-after-intake'])).toBeGreaterThan(0);
    const en = await a.post('/api/v1/complaints').set('Accept-Language', 'en').send(complaintBody()).expect(429);
    expect(en.body.message).toBe('Too many requests. Please wait a few minutes and try again.');
    expect(await countCases(stack)).toBe(before + 3);

    // Routes that name no limit are not counted, and the other limits are counted apart.
    for (let i = 0; i < 10; i += 1) await b.get('/api/v1/reference/sectors').expect(200);
  });

  it('without TRUST_PROXY a forged X-Forwarded-For does not give a new allowance', async () => {
    const [a] = replicas();
    await a.post('/api/v1/complaints').set('X-Forwarded-For', '203.0.113.7').send(complaintBody()).expect(429);
  });

  it('guessing access keys is limited per address before any key is checked', async () => {
    const [a, b] = replicas();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const http = i % 2 === 0 ? a : b;
      statuses.push((await http.get('/api/v1/complaints/TN-2026-000001').set('X-Access-Key', `guess-${i}`)).status);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
  });
});

describe('behind a trusted proxy', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ env: { RATE_LIMITS: LIMITS, TRUST_PROXY: 'loopback' } });
  });
  afterAll(() => stack?.stop());

  it('counts per client address, and the key recovery also per case whoever asks (no mailbox flooded)', async () => {
    const filed = (await stack.http.post('/api/v1/complaints').send(complaintBody()).expect(201)).body as {
      trackingCode: string;
    };
    const ask = (ip: string) =>
      stack.http
        .post('/api/v1/complaints/key-recovery')
        .set('X-Forwarded-For', ip)
        .send({ trackingCode: filed.trackingCode, email: 'someone@example.vn' });
    // Per address: two from the first client, the third refused.
    expect((await ask('198.51.100.1')).status).toBe(202);
    expect((await ask('198.51.100.1')).status).toBe(202);
    expect((await ask('198.51.100.1')).status).toBe(429);
    // A second client may ask, until the case's own limit (3 an hour) is reached, whatever the address.
    expect((await ask('198.51.100.2')).status).toBe(202);
    expect((await ask('198.51.100.3')).status).toBe(429);
    // Another case is not affected.
    const other = await stack.http
      .post('/api/v1/complaints/key-recovery')
      .set('X-Forwarded-For', '198.51.100.4')
      .send({ trackingCode: 'TN-2026-999999', email: 'someone@example.vn' });
    expect(other.status).toBe(202);
  });
});
