import type { dealGroupsRu } from './dealGroups.ru';

/** English messages of the deals table's grouping (they load with the deals page). */
export const dealGroupsEn: typeof dealGroupsRu = {
  label: 'Group by',
  none: 'No grouping',
  by: { stage: 'By stage', owner: 'By owner', source: 'By source' },
  noOwner: 'No owner',
  noSource: 'No source',
  fold: 'Collapse “{{name}}”',
  unfold: 'Expand “{{name}}”',
  continued: 'continued',
};
