import type { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';

/** Rejects when `work` takes longer than `ms`; the timer never outlives the race. */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Up with the details `work` gives within `ms`; down with the error's message otherwise. */
export async function indicate(
  session: ReturnType<HealthIndicatorService['check']>,
  work: Promise<Record<string, unknown>>,
  ms: number,
): Promise<HealthIndicatorResult> {
  try {
    return session.up(await withTimeout(work, ms));
  } catch (error) {
    return session.down({ message: error instanceof Error ? error.message : 'unreachable' });
  }
}
