import type { diagnosticsRu } from './diagnostics.ru';

/** English texts of the Settings "Diagnostics" card; the same keys as Russian. */
export const diagnosticsEn: typeof diagnosticsRu = {
  title: 'Diagnostics',
  description:
    'Versions, database size and schema, encryption, row counts and the last error-log lines — no personal data. Paste it into a message to support.',
  copy: 'Copy diagnostics',
  copied: 'Diagnostics copied',
  copyFailed: 'Could not copy: the browser did not allow the clipboard',
};
