import type { HandlersOf } from '../../Handlers';
import { exportPersonalData, personalDataFile } from '../../privacy/exportPersonalData';
import { listContacts } from './contacts.repo';
import { eraseContact } from './eraseContact';
import { contactDuplicates, createContact, getContact, setContactDeleted, updateContact } from './contacts.service';

export const contactsHandlers: HandlersOf<
  | 'contacts.list'
  | 'contacts.get'
  | 'contacts.create'
  | 'contacts.update'
  | 'contacts.delete'
  | 'contacts.restore'
  | 'contacts.duplicates'
  | 'contacts.erase'
  | 'contacts.exportPersonalData'
  | 'contacts.personalDataFile'
> = {
  'contacts.list': (input, ctx) => listContacts(ctx.db, input),
  'contacts.get': (input, ctx) => getContact(ctx.db, input.id),
  'contacts.create': (input, ctx) => createContact(ctx, input),
  'contacts.update': (input, ctx) => updateContact(ctx, input.id, input.patch),
  'contacts.delete': (input, ctx) => setContactDeleted(ctx, input.id, true),
  'contacts.restore': (input, ctx) => setContactDeleted(ctx, input.id, false),
  'contacts.duplicates': (input, ctx) => contactDuplicates(ctx.db, input),
  'contacts.erase': (input, ctx) => eraseContact(ctx, input.id),
  'contacts.exportPersonalData': (input, ctx) => exportPersonalData(ctx.db, input.id, ctx.clock.now()),
  'contacts.personalDataFile': (input, ctx) => personalDataFile(ctx.db, input.id, ctx.clock.now()),
};
