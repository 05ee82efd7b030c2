import type { customersRu } from './customers.ru';

/** The customer card on the company page (retention). Loaded with the company page. */
export const customersEn: typeof customersRu = {
  title: 'Customer',
  notYet: 'Not a customer yet: the company becomes one when one of its deals is won.',
  status: { onboarding: 'Onboarding', active: 'Active', churned: 'Churned' },
  since: 'customer since {{date}}',
  lastContact: 'Last contact: {{date}}',
  neverContacted: 'No contact yet',
  noContact: 'No contact for over {{count}} days',
  churnedOn: 'Churned {{date}}: {{reason}}',
  onboarding: {
    title: 'Onboarding',
    steps: {
      kickoff: 'Kick-off meeting',
      access: 'Access and delivery',
      training: 'Training',
      first_value: 'First value confirmed',
    },
    doneBy: '{{name}}, {{date}}',
    finish: 'Finish onboarding',
  },
  nps: {
    title: 'NPS',
    score: 'NPS {{score}} · {{count}} answers',
    none: 'No NPS answers yet',
    add: 'Add an NPS answer',
    scoreLabel: 'Score (0–10)',
    contact: 'Who answered',
    noContact: 'Not given',
    date: 'Answer date',
    comment: 'Comment',
    save: 'Save answer',
    saved: 'NPS answer saved',
    delete: 'Delete answer',
    deleted: 'NPS answer deleted',
  },
  churn: {
    open: 'Customer churned…',
    reason: 'Why they left',
    date: 'Churn date',
    save: 'Mark as churned',
    done: 'The customer is marked as churned',
    reactivate: 'Reactivate',
    reactivated: 'The customer is active again',
  },
  newDeal: {
    title: 'New deal with the customer',
    upsell: 'Upsell',
    cross_sell: 'Cross-sell',
    renewal: 'Renewal',
  },
  cancel: 'Cancel',
  settings: {
    title: 'Regular contact with customers',
    description:
      'How many days a customer may go without a call, letter or meeting before its card says “no contact”. Notes do not count as contact.',
  },
};
