import type { icpRu } from './icp.ru';

/** ICP profiles (Settings) and a company's fit (its page). */
export const icpEn: typeof icpRu = {
  title: 'Ideal customer profiles (ICP)',
  hint: 'What a fitting customer looks like. A draft changes nothing; an approved profile gives every company its fit.',
  add: 'New profile',
  empty: 'No profiles yet: describe your ideal customer to see how companies and leads fit.',
  approve: 'Approve',
  unapprove: 'Back to draft',
  delete: 'Delete profile “{{name}}”',
  deleteConfirm: 'Delete profile “{{name}}”?',
  matches: 'Fit fully: {{full}} · at least half: {{half}}',
  status: { draft: 'Draft', approvedBy: 'Approved by {{name}}, {{date}}' },
  summary: {
    size: 'size {{from}} – {{to}}',
    sizeFrom: 'size from {{from}}',
    sizeTo: 'size up to {{to}}',
    any: 'No criteria: any company fits',
  },
  fields: {
    name: 'Name',
    industries: 'Industries',
    regions: 'Regions',
    sizeMin: 'Size from',
    sizeMax: 'Size up to',
    revenueMin: 'Annual revenue from, {{currency}}',
    revenueMax: 'Annual revenue up to, {{currency}}',
    mustHave: 'Must-have terms',
    excluding: 'Excluding terms',
    notes: 'Notes',
  },
  form: {
    newTitle: 'New ICP profile',
    editTitle: 'ICP profile',
    namePlaceholder: 'E.g. Manufacturing, mid-market',
    listHint: 'Separated by commas',
    termsHint: 'Words in the industry, segment or notes',
    anySize: 'Any',
    editApproved:
      'This profile is approved: changing its criteria returns it to draft; fits follow once it is approved again.',
    save: 'Save',
  },
  criteria: { industry: 'industry', size: 'size', region: 'region', revenue: 'revenue' },
  reasons: {
    met: 'Fits: {{criterion}}',
    missed: 'Does not fit: {{criterion}}',
    unknown: 'Unknown: {{criterion}}',
    hasTerm: 'Has “{{term}}”',
    lacksTerm: 'Lacks the must-have “{{term}}”',
    excluded: 'Excluding term “{{term}}”',
  },
  fit: {
    title: 'ICP fit',
    noProfile: 'No approved ICP profile yet. Approve one in Settings.',
    profile: 'by profile “{{name}}”',
  },
};
