import { ACTIVITY_TYPES, type ActivityType } from '@shared/contract/schemas/activities';

/**
 * What a next step can be: any activity kind but a note (a note records, it is not done), plain
 * `task` first as the default.
 */
export const taskTypes: readonly ActivityType[] = [
  'task',
  ...ACTIVITY_TYPES.filter((type) => type !== 'task' && type !== 'note'),
];
