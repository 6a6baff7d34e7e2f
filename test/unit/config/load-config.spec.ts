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

describe(loadConfig.name, () => {
  it('works with no variables at all on a machine with local PostgreSQL and Redis', () => {
    const sut = loadConfig({});
    expect(sut.port).toBe(3000);
    expect(sut.database.url).toBe('postgres://postgres@127.0.0.1:5432/consumer_complaints');
    expect(sut.redis.url).toBe('redis://127.0.0.1:6379');
    expect(sut.mail.smtpUrl).toBe('smtp://127.0.0.1:1025');
    expect(sut.publicBaseUrl).toBe('http://localhost:3000');
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
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-long-enough-secret' }).jwt.secret).toBe(
      'a-long-enough-secret',
    );
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
