import { DomainError } from '../../DomainError';
import { DAY } from './createWorkClock';

export const DEFAULT_SEED_WEEKS = 26;

export type SeedWindow = { start: number; end: number };

/**
 * The stretch of past the history covers. With `start`, it runs `weeks` weeks from there and must
 * end by `now`; without, it is the `weeks` weeks ending at `now`. `end` is the history's "now":
 * deals still in progress then are open, tasks due before it and not done are overdue.
 */
export const resolveSeedWindow = (options: {
  start?: number | undefined;
  weeks?: number | undefined;
  now: number;
}): SeedWindow => {
  const weeks = options.weeks ?? DEFAULT_SEED_WEEKS;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 520) {
    throw new DomainError('BAD_INPUT', 'weeks must be a whole number from 1 to 520', { field: 'weeks' });
  }
  const span = weeks * 7 * DAY;
  if (options.start === undefined) return { start: options.now - span, end: options.now };
  const end = options.start + span;
  if (end > options.now) {
    throw new DomainError('BAD_INPUT', 'The window must end in the past: move start back or use fewer weeks', {
      field: 'start',
    });
  }
  return { start: options.start, end };
};
