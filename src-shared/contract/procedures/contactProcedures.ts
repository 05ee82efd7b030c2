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
  /** While typing: live contacts with the same normalised e-mail or phone. */
  'contacts.duplicates': query(contactDuplicatesInputSchema, z.array(contactDuplicateSchema)),
} as const;
