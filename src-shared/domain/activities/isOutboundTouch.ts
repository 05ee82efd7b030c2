import type { ActivityType } from '../../contract/schemas/activities';
import { OUTBOUND_TOUCH_TYPES } from './outboundTouchTypes';

/**
 * Speed to lead counts the rep reaching out: a call or e-mail that was not inbound, or a meeting.
 * The bulk queries say the same through `outboundTouchSql`.
 */
export const isOutboundTouch = (activity: { type: ActivityType; direction: 'outbound' | 'inbound' | null }): boolean =>
  OUTBOUND_TOUCH_TYPES.includes(activity.type) && activity.direction !== 'inbound';
