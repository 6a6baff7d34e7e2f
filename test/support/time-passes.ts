import { ClockSweepService } from '@app/cases';
import { JobQueueService } from '@app/queue';
import type { Stack } from './stack';
import { readUntil } from './wait';

/**
 * Time passes for these cases as it would: every instant of their clocks and of the cases
 * themselves moves back by `shift` (a PostgreSQL interval, e.g. '400 days'), the delayed jobs of their clocks come due, the sweep runs; then
 * waits until the worker has taken every step due (no job waiting or running, no step due, no email
 * unsent). The stack must run the worker.
 */
export async function letTimePass(stack: Stack, caseIds: readonly string[], shift: string): Promise<void> {
  const query = <T>(sql: string, parameters: unknown[] = []) => stack.dataSource.query<T[]>(sql, parameters);
  const ids = [...caseIds];
  for (const [table, key] of [
    ['case_deadlines', 'case_id'],
    ['cases', 'id'],
  ] as const) {
    const columns = await query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = $1 AND data_type = 'timestamp with time zone'`,
      [table],
    );
    const moved = columns.map(({ column_name: c }) => `"${c}" = "${c}" - $2::interval`).join(', ');
    await query(`UPDATE ${table} SET ${moved} WHERE ${key} = ANY($1)`, [ids, shift]);
  }
  const deadlines = stack.api.get(JobQueueService).queue('deadlines');
  const clocks = await query<{ id: string }>(`SELECT id FROM case_deadlines WHERE case_id = ANY($1)`, [ids]);
  for (const { id } of clocks) {
    const job = await deadlines.getJob(id);
    if (job && (await job.isDelayed())) await job.promote();
  }
  await stack.api.get(ClockSweepService).sweep();
  await readUntil(
    'the worker to take every clock step due and send every email',
    async () => {
      const jobs = await Promise.all(clocks.map(async ({ id }) => (await deadlines.getJob(id))?.getState()));
      const [row] = await query<{ due: number; unsent: number }>(
        `SELECT (SELECT count(*)::int FROM case_deadlines WHERE case_id = ANY($1) AND next_action_at <= now()) AS due,
                (SELECT count(*)::int FROM notifications WHERE case_id = ANY($1) AND status = 'queued') AS unsent`,
        [ids],
      );
      return {
        ...row,
        running: jobs.filter((state) => ['waiting', 'prioritized', 'active'].includes(String(state))).length,
      };
    },
    (seen) => seen.due === 0 && seen.unsent === 0 && seen.running === 0,
  );
}
