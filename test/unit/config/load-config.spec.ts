import { ConfigError, describeEndpoint, loadConfig } from '@app/config';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

// 32 random bytes in base64, as `openssl rand -base64 32` gives.
const STRONG = 'p0Zr3mVt8QwYk1LxN5sJc7HbD2fGa9Ue4TiOy6Rn8Ak=';
// Production also needs the data encryption keys (test/unit/persistence/crypto-config.spec.ts).
const DATA_ENCRYPTION_KEYS = `k1:${STRONG}`;
describe(loadConfig.name, () => {
  it('works with no variables at all on a machine with local PostgreSQL and Redis', () => {
    const sut = loadConfig({});
    expect(sut.port).toBe(3000);
    expect(sut.database.url).toBe('postgres://postgres@127.0.0.1:5432/consumer_complaints');
    expect(sut.redis.url).toBe('redis://127.0.0.1:6379');
    expect(sut.mail.smtpUrl).toBe('smtp://127.0.0.1:1025');
    expect(sut.publicBaseUrl).toBe('http://localhost:3000');
  });

  it('opens 10 PostgreSQL connections per process unless DATABASE_POOL_SIZE says otherwise', () => {
    expect(loadConfig({}).database.poolSize).toBe(10);
    expect(loadConfig({ DATABASE_POOL_SIZE: '25' }).database.poolSize).toBe(25);
    for (const bad of ['0', '101', '2.5', 'many']) {
      expect(problemsOf({ DATABASE_POOL_SIZE: bad })).toEqual([
        'DATABASE_POOL_SIZE: must be a whole number between 1 and 100',
      ]);
    }
  });

  it('opens 10 SMTP connections unless SMTP_CONNECTIONS says otherwise', () => {
    expect(loadConfig({}).mail.connections).toBe(10);
    expect(loadConfig({ SMTP_CONNECTIONS: '3' }).mail.connections).toBe(3);
    for (const bad of ['0', '51', '1.5', 'few']) {
      expect(problemsOf({ SMTP_CONNECTIONS: bad })).toEqual([
        'SMTP_CONNECTIONS: must be a whole number between 1 and 50',
      ]);
    }
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });

  it('names the variable when a value is invalid (PORT=abc)', () => {
    const problems = problemsOf({ PORT: 'abc' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^PORT: /);
  });

  it('names every bad variable at once, without echoing secret values', () => {
    const problems = problemsOf({
      PORT: '70000',
      DATABASE_URL: 'mysql://u:hunter22@db/x',
      SMTP_URL: 'nope',
      JWT_SECRET: 'short',
    });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'JWT_SECRET', 'PORT', 'SMTP_URL']);
    expect(problems.join('\n')).not.toContain('hunter22');
  });

  it('refuses to run in production without JWT_SECRET', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual(['JWT_SECRET: required when NODE_ENV=production']);
    expect(loadConfig({ NODE_ENV: 'production', DATA_ENCRYPTION_KEYS, JWT_SECRET: STRONG }).jwt.secret).toBe(STRONG);
  });

  it('refuses short, example or predictable secrets in production, never echoing them (issue 12 item 2)', () => {
    const weak = {
      short: 'a-long-enough-secret',
      example: 'change-me-in-production-please-0123456789',
      predictable: 'abababababababababababababababababababab',
    };
    for (const secret of Object.values(weak)) {
      const problems = problemsOf({ NODE_ENV: 'production', DATA_ENCRYPTION_KEYS, JWT_SECRET: secret });
      expect(problems).toEqual([expect.stringMatching(/^JWT_SECRET: /)]);
      expect(problems.join('\n')).not.toContain(secret);
    }
    expect(
      problemsOf({ NODE_ENV: 'production', DATA_ENCRYPTION_KEYS, JWT_SECRET: STRONG, OPEN_DATA_SECRET: weak.short }),
    ).toEqual([expect.stringMatching(/^OPEN_DATA_SECRET: /)]);
    // Outside production the development defaults stay zero-configuration.
    expect(loadConfig({ JWT_SECRET: weak.short }).jwt.secret).toBe(weak.short);
  });

  it('allows demo data outside production, and in production only when ALLOW_DEMO_DATA_IN_PRODUCTION=true', () => {
    expect(loadConfig({}).demoDataAllowed).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', DATA_ENCRYPTION_KEYS, JWT_SECRET: STRONG }).demoDataAllowed).toBe(
      false,
    );
    expect(
      loadConfig({
        NODE_ENV: 'production',
        DATA_ENCRYPTION_KEYS,
        JWT_SECRET: STRONG,
        ALLOW_DEMO_DATA_IN_PRODUCTION: 'true',
      }).demoDataAllowed,
    ).toBe(true);
    expect(problemsOf({ ALLOW_DEMO_DATA_IN_PRODUCTION: 'yes' })).toEqual([
      expect.stringMatching(/^ALLOW_DEMO_DATA_IN_PRODUCTION: /),
    ]);
  });

  it('strips a trailing slash from PUBLIC_BASE_URL', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://khieunai.example.vn/' }).publicBaseUrl).toBe(
      'https://khieunai.example.vn',
    );
  });
});

describe(describeEndpoint.name, () => {
  it('gives host and port, never the user or password', () => {
    const text = describeEndpoint('postgres://admin:s3cr3t@db.internal:6543/cases');
    expect(text).toBe('db.internal:6543');
  });
});
