import type { openingRu } from './opening.ru';

/** The browser shell's page while a workspace opens and its file is upgraded (see opening.ru). */
export const openingEn: typeof openingRu = {
  title: 'Opening the workspace',
  starting: 'Opening the file…',
  backup: 'Saving a copy of the file before the upgrade…',
  step: 'Upgrading the file: step {{step}} of {{steps}}',
  rows: 'Change-log entries converted: {{done}} of {{total}} ({{percent}}%)',
  compact: 'Compacting the file after the conversion…',
  console: 'Voronka is opening the workspace (the file is being upgraded); its progress is at {{url}}',
  hint: 'An old file is converted once; a large one takes several minutes. This page refreshes by itself: keep it open.',
};
