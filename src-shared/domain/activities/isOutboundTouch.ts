import type { ActivityType } from '../../contract/schemas/activities';

const TOUCH_TYPES: readonly ActivityType[] = ['call', 'email', 'meeting'];

/**
 * Speed to lead counts the rep reaching out: a call or e-mail that was not inbound, or a meeting.
 * The KPI engine's SQL (kpi.repo OUTBOUND_TOUCH) says the same.
 */
export const isOutboundTouch = (activity: { type: ActivityType; direction: 'outbound' | 'inbound' | null }): boolean =>
  TOUCH_TYPES.includes(activity.type) && activity.direction !== 'inbound';
