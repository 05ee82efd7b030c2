import { z } from 'zod';
import { mutation, query } from '../procedure';
import { idSchema } from '../schemas/common';
import {
  contactCreateInputSchema,
  contactDuplicateSchema,
  contactDuplicatesInputSchema,
  contactSavedOutputSchema,
  contactSchema,
  contactsListInputSchema,
  contactsListOutputSchema,
  contactUpdateInputSchema,
} from '../schemas/contacts';
import { personalDataExportSchema } from '../schemas/personalData';
import { reportFileSchema } from '../schemas/reports';

const byId = z.object({ id: idSchema }).strict();

export const contactProcedures = {
  /** The contacts table: search (name, e-mail, phone), filters, any column sorted, one page + total. */
  'contacts.list': query(contactsListInputSchema, contactsListOutputSchema),
  /** One contact by id, tombstoned too (`deletedAt` set). */
  'contacts.get': query(byId, contactSchema),
  /** Saves and returns the contact with possible duplicates (a warning, not a block). */
  'contacts.create': mutation(contactCreateInputSchema, contactSavedOutputSchema, ['contacts']),
  'contacts.update': mutation(contactUpdateInputSchema, contactSavedOutputSchema, ['contacts']),
  'contacts.delete': mutation(byId, contactSchema, ['contacts']),
  'contacts.restore': mutation(byId, contactSchema, ['contacts']),
  /**
   * Erases the person's personal data on request (152-FZ, GDPR) for good: their fields, custom
   * values, search entry, their identifiers in their activities' text, and every copy of them in
   * the change log and the import log; the erase syncs to other devices, which scrub theirs too.
   * A manager's or an admin's act; deals and their figures stay. Older backups still hold the data.
   */
  'contacts.erase': mutation(byId, contactSchema, ['contacts', 'custom_values', 'activities', 'deals']),
  /**
   * Everything held about the person as one structured document (their row, custom values,
   * company, deals, activities and the change history of their rows), for a subject-access
   * request. Whoever may open the contact may export it; after an erase only what remains.
   */
  'contacts.exportPersonalData': query(byId, personalDataExportSchema),
  /** The same document as a JSON file to save (the desktop app's dialog, the browser's download). */
  'contacts.personalDataFile': query(byId, reportFileSchema),
  /** While typing: live contacts with the same normalised e-mail or phone. */
  'contacts.duplicates': query(contactDuplicatesInputSchema, z.array(contactDuplicateSchema)),
} as const;
