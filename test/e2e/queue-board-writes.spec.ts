import { QUEUE_NAMES } from '@app/queue';
import { login, Stack, startStack } from '../support/case-factory';

const API = '/admin/queues/api/queues';

// Issue 12 item 9: the queue board is read-only but for retry and clean; pausing or emptying a
// queue would hold back legal notices, so even an admin cannot do it from there.
describe('queue board writes', () => {
  let stack: Stack;
  let admin: string;
  const queue = QUEUE_NAMES[0];

  beforeAll(async () => {
    stack = await startStack();
    admin = await login(stack.http, 'admin@demo.test');
  });
  afterAll(() => stack?.stop());

  const put = (path: string) => stack.http.put(`${API}${path}`).set('Authorization', `Bearer ${admin}`);

  it.each([
    ['pause every queue', '/pause'],
    ['pause one queue', `/${queue}/pause`],
    ['empty a queue', `/${queue}/empty`],
    ['promote delayed jobs', `/${queue}/promote`],
    ['change the concurrency', `/${queue}/concurrency`],
    ['edit a job', `/${queue}/some-job/update-data`],
    ['promote a job', `/${queue}/some-job/promote`],
  ])('refuses to %s (403)', async (_what, path) => {
    const res = await put(path).send({});
    expect(res.status).toBe(403);
    expect(res.body.message).toBe('The queue board only retries and cleans jobs');
  });

  it('refuses to add a job or obliterate a queue', async () => {
    await stack.http.post(`${API}/${queue}/add`).set('Authorization', `Bearer ${admin}`).send({}).expect(403);
    await stack.http.delete(`${API}/${queue}/obliterate`).set('Authorization', `Bearer ${admin}`).expect(403);
  });

  it('retries and cleans, for a whole status or one job, and still reads', async () => {
    await put(`/${queue}/retry/failed`).expect(200);
    await put(`/${queue}/clean/completed`).expect(200);
    // An unknown job: the board itself answers (404), not the write filter (403).
    expect((await put(`/${queue}/no-such-job/retry`)).status).not.toBe(403);
    expect((await put(`/${queue}/no-such-job/clean`)).status).not.toBe(403);
    await stack.http.get(`${API}`).set('Authorization', `Bearer ${admin}`).expect(200);
  });
});
