import { useContext, useEffect, useId } from 'react';
import { UnsavedChangesContext } from './UnsavedChangesContext';

/**
 * Tells the dialog or drawer around a form whether closing it now would lose edits, so Escape,
 * a click outside or × ask first. Outside such a container it does nothing.
 */
export const useUnsavedChanges = (dirty: boolean): void => {
  const registry = useContext(UnsavedChangesContext);
  const formId = useId();
  useEffect(() => {
    if (!registry) return;
    registry.mark(formId, dirty);
    return () => registry.mark(formId, false);
  }, [registry, formId, dirty]);
};
