import { ConfigError, loadConfig } from '@app/config';
import { DEFAULT_RETENTION_POLICY } from '@app/domain';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

// Issue 12 item 12: the retention policy (Law 91/2025/QH15 Art 3) is configuration, checked at start-up.
describe('RETENTION and RETENTION_INTERVAL', () => {
  it('default to the policy of libs/domain and a daily run', () => {
    const sut = loadConfig({});
    expect(sut.retention).toEqual({ policy: DEFAULT_RETENTION_POLICY, intervalMs: 86_400_000 });
  });

  it('override single kinds', () => {
    const sut = loadConfig({
      RETENTION: 'case_personal_data=10y,notification_contents=30d',
      RETENTION_INTERVAL: '3600',
    });
    expect(sut.retention.policy.case_personal_data).toEqual({ amount: 10, unit: 'years' });
    expect(sut.retention.policy.notification_contents).toEqual({ amount: 30, unit: 'days' });
    expect(sut.retention.intervalMs).toBe(3_600_000);
  });

  it('stop start-up on a value that is not a policy, naming the variable', () => {
    const problems = problemsOf({ RETENTION: 'cases=forever', RETENTION_INTERVAL: '0' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['RETENTION', 'RETENTION_INTERVAL']);
  });
});
