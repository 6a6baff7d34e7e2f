import type { INestApplication } from '@nestjs/common';
import IORedis from 'ioredis';
import request from 'supertest';
import { mailTo, PASSWORD, Stack, startStack } from '../support/case-factory';
import { startApi } from '../support/test-app';
import { TEST_REDIS_URL } from '../support/test-env';

// Issue 12 item 1: failed sign-ins lock the account for a time that grows (libs/domain login-lockout),
// counted per account from any address and across api replicas; the owner is emailed at the first lock.

jest.setTimeout(120_000);

describe('sign-in lockout', () => {
  let stack: Stack;
  let second: INestApplication;
  let redis: IORedis;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    second = await startApi(stack.config);
    redis = new IORedis(TEST_REDIS_URL);
  });
  afterAll(async () => {
    redis?.disconnect();
    await second?.close();
    await stack?.stop();
  });

  const replicas = () => [stack.http, request(second.getHttpServer())];
  const signIn = (i: number, email: string, password: string, language = 'vi') =>
    replicas()[i % 2].post('/api/v1/auth/login').set('Accept-Language', language).send({ email, password });
  /** As if the lock had run out (its length is the domain's; waiting for it proves nothing more). */
  const lockRunsOut = async () => {
    const keys = await redis.keys(`${stack.config.redis.prefix}:login:locked:*`);
    if (keys.length > 0) await redis.del(...keys);
  };

  it('locks an account after five failures in a row on any replica, refuses even the right password, and tells its owner once', async () => {
    const email = 'officer@demo.test';
    for (let i = 0; i < 5; i += 1) expect((await signIn(i, email, `wrong-${i}`)).status).toBe(401);
    const locked = await signIn(5, 'Officer@Demo.test', PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ error: 'login_locked' });
    expect(locked.body.message).toMatch(/^Đăng nhập sai quá nhiều lần/);
    expect(locked.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(locked.body.retryAfterSeconds).toBeLessThanOrEqual(30);
    const english = await signIn(6, email, PASSWORD, 'en');
    expect(english.body.message).toMatch(/^Too many failed sign-ins/);

    const mail = await mailTo(stack.smtp, email, (m) => (m.subject ?? '').includes('tạm bị khóa'));
    expect(mail.text).toContain('/staff/login');

    // Once it runs out, one more failure locks again at once, for longer; no second email.
    await lockRunsOut();
    expect((await signIn(7, email, 'wrong-again')).status).toBe(401);
    const again = await signIn(8, email, PASSWORD);
    expect(again.status).toBe(429);
    expect(again.body.retryAfterSeconds).toBeGreaterThan(30);
    expect(stack.smtp.messages.filter((m) => (m.subject ?? '').includes('tạm bị khóa'))).toHaveLength(1);

    // The right password after the lock: signed in, and the streak is forgotten.
    await lockRunsOut();
    expect((await signIn(9, email, PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i += 1) expect((await signIn(i, email, `wrong-${i}`)).status).toBe(401);
    expect((await signIn(0, email, PASSWORD)).status).toBe(200);
  });

  it('answers an unknown email exactly as a known one, and emails no one', async () => {
    const lockNotices = async () =>
      (
        await stack.dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM notifications WHERE template = 'staff_login_locked'`,
        )
      )[0].n;
    const before = await lockNotices();
    for (let i = 0; i < 5; i += 1) expect((await signIn(i, 'nobody@demo.test', 'guess')).status).toBe(401);
    const res = await signIn(5, 'nobody@demo.test', 'guess');
    expect(res.status).toBe(429);
    expect(res.body.error).toBe('login_locked');
    // Another account is not affected by that lock.
    expect((await signIn(6, 'analyst@demo.test', PASSWORD)).status).toBe(200);
    // The lock email is written to the outbox before the answer: none was.
    expect(await lockNotices()).toBe(before);
  });
});
