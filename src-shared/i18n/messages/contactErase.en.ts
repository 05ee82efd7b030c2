import type { contactEraseRu } from './contactErase.ru';

/** English messages of a person's erasure; the same keys as Russian. */
export const contactEraseEn: typeof contactEraseRu = {
  action: 'Erase personal data',
  title: 'Erase the personal data of “{{name}}”?',
  lead: 'On the person’s request (152-FZ, GDPR) their data is erased for good. This cannot be undone.',
  consequences: {
    fields:
      'Their name, job title, e-mail, phone, notes and custom fields are wiped — from the change history and the import log too.',
    activities:
      'Their name, phone and e-mail are struck from the text of their activities. Deals, activities and their amounts stay.',
    sync: 'Other devices erase their copies at their next sync.',
    backups: 'Backups made before now still hold this data: delete them, or restoring one brings it back.',
  },
  confirm: 'Erase for good',
  cancel: 'Cancel',
  done: 'Personal data erased',
  erasedName: 'Personal data erased',
  banner:
    'This person’s personal data was erased on request on {{date}}. Deals and their amounts are kept; the contact can no longer be edited.',
  bannerBackups: 'Backups made before the erase still hold this data.',
  exportAction: 'Export personal data',
  exportSaved: 'Personal data saved to {{fileName}}',
  exportDownloaded: 'Personal data downloaded: {{fileName}}',
};
