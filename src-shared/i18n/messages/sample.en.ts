import type { sampleRu } from './sample.ru';

/** English sample workspace messages; the same keys as Russian. */
export const sampleEn: typeof sampleRu = {
  banner: 'Sample workspace — changes here do not touch your data.',
  back: 'Back to my workspace',
  titleMark: 'Sample',
  offerLead: 'Just looking around first? Open a sample workspace: a few hundred deals in a separate file.',
  open: 'Open a sample workspace',
  preparing: 'Preparing the sample workspace…',
  preparingHint: 'A few seconds: making up companies, deals and tasks.',
  returning: 'Back to your workspace…',
  cardTitle: 'Sample workspace',
  cardLead:
    'A separate file with a few hundred made-up deals in English, dated up to today: the board, My day and the analytics are already filled in. It does not touch your data.',
  cardOpen: 'The sample workspace is open now.',
  fresh: 'Start over with fresh sample data',
  freshHint: 'Starting over discards your changes in the sample workspace.',
  failed: 'The sample workspace could not be opened: {{message}}',
};
