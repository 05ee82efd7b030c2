import type { ActivityType } from '@shared/contract/schemas/activities';
import type { IconName } from '../../../ui/Icon';

/** One glyph per kind, so a list of tasks reads at a glance (calls apart from meetings). */
export const activityTypeIcon: Record<ActivityType, IconName> = {
  call: 'phone',
  email: 'mail',
  meeting: 'calendar',
  demo: 'sparkle',
  presentation: 'activities',
  proposal: 'edit',
  nurture: 'info',
  note: 'pencil',
  task: 'checklist',
};
