import { createCase, detail, login, Stack, startStack } from '../support/case-factory';

const PARALLEL = 20;

describe('concurrent actions on one case', () => {
  let stack: Stack;
  let officer: string;

  beforeAll(async () => {
    stack = await startStack();
    officer = await login(stack.http, 'officer@demo.test');
  });

  afterAll(() => stack?.stop());

  it(`${PARALLEL} parallel accepts with the same version: exactly one wins, the rest answer 409`, async () => {
    const { id } = await createCase(stack.dataSource);
    const { version } = (await detail(stack.http, officer, id).expect(200)).body;
    const answers = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        stack.http
          .post(`/api/v1/cases/${id}/actions/accept`)
          .set('Authorization', `Bearer ${officer}`)
          .send({ version }),
      ),
    );
    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(PARALLEL - 1);

    const winner = answers.find((res) => res.status === 200);
    expect(winner?.body).toMatchObject({ status: 'consultation', version: version + 1 });
    for (const loser of answers.filter((res) => res.status === 409)) {
      expect(loser.body).toMatchObject({ status: 'consultation', version: version + 1 });
      expect(loser.body.allowedActions).not.toContain('accept');
    }

    const events: { action: string }[] = await stack.dataSource.query(
      'SELECT action FROM case_events WHERE case_id = $1 ORDER BY id',
      [id],
    );
    expect(events.map((e) => e.action)).toEqual(['submit', 'accept']);
    const after = await detail(stack.http, officer, id).expect(200);
    expect(after.body).toMatchObject({ status: 'consultation', version: version + 1 });
  });
});
