import { DomainError } from '../../DomainError';
import type { HandlerContext } from '../../HandlerContext';
import type { TestClock } from '../../TestClock';

const isTestClock = (clock: HandlerContext['clock']): clock is TestClock =>
  typeof (clock as Partial<TestClock>).advance === 'function';

/** `app.advanceClock`: only a core started on a test clock has one to move; the app's cores refuse. */
export const advanceClock = (ctx: HandlerContext, ms: number): { now: number } => {
  if (!isTestClock(ctx.clock)) throw new DomainError('FORBIDDEN', 'This core runs on the real clock');
  ctx.clock.advance(ms);
  return { now: ctx.clock.now() };
};
