import type { savedViewsRu } from './savedViews.ru';

/** English messages of the tables' saved views. */
export const savedViewsEn: typeof savedViewsRu = {
  label: 'View',
  none: 'All records',
  save: 'Save view',
  saveTitle: 'Save view',
  name: 'View name',
  sharedLabel: 'Visible to the whole team',
  defaultLabel: 'Open this view by default',
  setDefault: 'Make default',
  unsetDefault: 'Stop opening by default',
  delete: 'Delete view',
  defaultMark: 'default',
  sharedMark: 'shared',
  failed: 'The view could not be saved',
};
