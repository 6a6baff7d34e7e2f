import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from '@app/config';

const STRONG_SECRET = 'p0Zr3mVt8QwYk1LxN5sJc7HbD2fGa9Ue4TiOy6Rn8Ak=';
const KEY = randomBytes(32).toString('base64');
const OLD_KEY = randomBytes(32).toString('base64');

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('DATA_ENCRYPTION_KEYS at start-up', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: STRONG_SECRET };

  it('production refuses to start without it', () => {
    expect(problemsOf(production)).toEqual(['DATA_ENCRYPTION_KEYS: required when NODE_ENV=production']);
  });

  it('production starts with it; the first key encrypts and the older ones stay for reading', () => {
    const config = loadConfig({ ...production, DATA_ENCRYPTION_KEYS: `2027:${KEY},2026:${OLD_KEY}` });
    expect(config.dataEncryption.current.id).toBe('2027');
    expect([...config.dataEncryption.keys.keys()]).toEqual(['2027', '2026']);
  });

  it.each([
    ['a short key', `k1:${randomBytes(16).toString('base64')}`, /must be 32 bytes/],
    ['a key that is not base64', 'k1:this-is-not-a-key', /not base64/],
    ['no key id', KEY, /expected id:base64key/],
  ])('refuses %s, in any environment, without echoing it', (_what, spec, message) => {
    for (const env of [production, { NODE_ENV: 'development' }]) {
      const problems = problemsOf({ ...env, DATA_ENCRYPTION_KEYS: spec });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^DATA_ENCRYPTION_KEYS: /);
      expect(problems[0]).toMatch(message);
      expect(problems[0]).not.toContain(spec.slice(3));
    }
  });

  it('production refuses a key that is not random (e.g. 32 zero bytes), naming only its id', () => {
    const zeros = Buffer.alloc(32).toString('base64');
    const problems = problemsOf({ ...production, DATA_ENCRYPTION_KEYS: `new:${KEY},zero:${zeros}` });
    expect(problems).toEqual([expect.stringMatching(/^DATA_ENCRYPTION_KEYS: key zero is not random/)]);
    expect(problems[0]).not.toContain(zeros);
  });

  it('outside production a development key is used when none is set (never in production)', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).dataEncryption.current.id).toBe('dev');
    expect(loadConfig({ NODE_ENV: 'test' }).dataEncryption.current.key).toHaveLength(32);
  });
});
