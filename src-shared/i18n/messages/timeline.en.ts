import type { timelineRu } from './timeline.ru';

/** English messages of the timeline; the same keys as the Russian reference. */
export const timelineEn: typeof timelineRu = {
  filter: {
    label: 'What the history shows',
    all: 'All',
    activity: 'Activities',
    stage: 'Stages',
    field: 'Field edits',
    check: 'Checklist',
  },
  more: 'Show earlier',
  loading: 'Loading…',
  empty: 'Nothing here yet',
  inDeal: 'Deal “{{title}}”',
};
