export const HOUR_MS = 3_600_000;

/**
 * Where a lead stands against its stage's response time:
 * - `none`: the stage sets no SLA;
 * - `running`: not yet touched, the deadline still ahead (`remainingMs` > 0);
 * - `met`: a first outbound touch came at or before the deadline;
 * - `breached`: the deadline passed untouched, or the touch came late.
 */
export type LeadSlaState = 'none' | 'running' | 'met' | 'breached';

export type LeadSla = {
  state: LeadSlaState;
  /** Entry into the stage + its SLA hours; null without an SLA. */
  dueAt: number | null;
  /** Until the deadline (negative once past it); null without an SLA. */
  remainingMs: number | null;
};

export type LeadSlaInput = {
  stageEnteredAt: number;
  slaHours: number | null;
  /** The deal's first done outbound call, e-mail or meeting, even one before the stage entry. */
  firstTouchAt: number | null;
  now: number;
};

/**
 * The SLA clock counts elapsed hours from the stage entry, as the speed-to-lead KPI does: a
 * daylight-saving switch in the workspace's zone neither stretches nor shortens it.
 */
export const leadSla = ({ stageEnteredAt, slaHours, firstTouchAt, now }: LeadSlaInput): LeadSla => {
  if (slaHours === null) return { state: 'none', dueAt: null, remainingMs: null };
  const dueAt = stageEnteredAt + slaHours * HOUR_MS;
  const remainingMs = dueAt - now;
  if (firstTouchAt !== null && firstTouchAt <= now) {
    return { state: firstTouchAt <= dueAt ? 'met' : 'breached', dueAt, remainingMs };
  }
  return { state: remainingMs > 0 ? 'running' : 'breached', dueAt, remainingMs };
};
