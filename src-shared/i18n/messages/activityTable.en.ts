import type { activityTableRu } from './activityTable.ru';

/** English messages of the activities table; the same keys as the Russian reference. */
export const activityTableEn: typeof activityTableRu = {
  tabs: { label: 'Activity views', myDay: 'My day', all: 'All activities' },
  count_one: '{{count}} activity',
  count_few: '{{count}} activities',
  count_many: '{{count}} activities',
  count_other: '{{count}} activities',
  columns: {
    doneAt: 'When',
    type: 'Type',
    subject: 'Subject',
    outcome: 'Outcome',
    durationMin: 'Duration',
    dealTitle: 'Deal',
    companyName: 'Company',
    contactName: 'Contact',
    ownerName: 'Owner',
  },
  filters: {
    label: 'Activity filters',
    allTypes: 'All types',
    allOwners: 'All owners',
    allOutcomes: 'Any outcome',
    from: 'From date',
    to: 'To date',
    reset: 'Reset',
  },
  minutes: '{{minutes}} min',
  emptyFiltered: 'No activities match these filters',
  empty: {
    title: 'No activities yet',
    body: 'Logged calls, e-mails, meetings and notes show here.',
  },
};
