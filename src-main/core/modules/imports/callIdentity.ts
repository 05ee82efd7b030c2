import { v5 as uuidv5 } from 'uuid';

/** Fixed for ever: every device derives the same id for the same call. */
const CALL_NAMESPACE = '5a0c1d1e-8f0b-4d8e-9c55-6b1c2f7a9e30';

/**
 * The id of an imported call's activity, derived from what makes the call itself — the client's
 * number (E.164), its start to the second and its direction — so a re-import of the same log, or
 * of an overlapping one, finds the call already logged instead of logging it twice (and two
 * devices importing one log write one row, which sync merges).
 */
export const callActivityId = (number: string, startedAt: number, direction: string): string =>
  uuidv5(`${number}|${Math.floor(startedAt / 1000)}|${direction}`, CALL_NAMESPACE);
