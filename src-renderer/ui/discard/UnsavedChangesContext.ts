import { createContext } from 'react';

/** The forms inside one dialog or drawer that hold edits the user has not saved, by id. */
export type UnsavedChangesRegistry = { mark(formId: string, dirty: boolean): void };

/** Provided by a dialog or drawer that asks before closing over unsaved edits (see useDiscardGuard). */
export const UnsavedChangesContext = createContext<UnsavedChangesRegistry | null>(null);
