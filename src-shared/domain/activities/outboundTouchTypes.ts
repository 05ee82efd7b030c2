import type { ActivityType } from '../../contract/schemas/activities';

/** The activity types that can be a touch: the rep calling, writing or meeting. */
export const OUTBOUND_TOUCH_TYPES: readonly ActivityType[] = ['call', 'email', 'meeting'];
