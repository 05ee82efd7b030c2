import { type LeadSlaInput, leadSla } from './leadSla';

export type PendingSla = { state: 'running' | 'breached'; dueAt: number; remainingMs: number };

/**
 * The SLA clock of a deal still waiting for its first outbound touch (the drawer's: the deal's
 * first ever, even before its stage entry): the leads inbox's rule (`leadSla`), minus the outcomes
 * a card has no reason to show. Null when the stage sets no SLA or a touch already answered it, in
 * time, late or before the clock started: the rep has nothing left to do.
 */
export const pendingSla = (input: LeadSlaInput): PendingSla | null => {
  const sla = leadSla(input);
  if (sla.dueAt === null || sla.remainingMs === null) return null;
  const touched = input.firstTouchAt !== null && input.firstTouchAt <= input.now;
  if (touched || (sla.state !== 'running' && sla.state !== 'breached')) return null;
  return { state: sla.state, dueAt: sla.dueAt, remainingMs: sla.remainingMs };
};
