import type { Contact } from '@shared/contract/schemas/contacts';
import { useDeleteWithUndo } from '../../../platform/data/useDeleteWithUndo';

/** Deletes a contact with Undo; resolves true once deleted. */
export const useDeleteContact = (): ((contact: Pick<Contact, 'id' | 'name'>) => Promise<boolean>) =>
  useDeleteWithUndo('contacts');
