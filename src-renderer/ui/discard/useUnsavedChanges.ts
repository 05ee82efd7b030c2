import { useContext, useId, useLayoutEffect } from 'react';
import { UnsavedChangesContext } from './UnsavedChangesContext';

/**
 * Tells the dialog or drawer around a form whether closing it now would lose edits, so Escape,
 * a click outside or × ask first. Outside such a container it does nothing.
 */
export const useUnsavedChanges = (dirty: boolean): void => {
  const registry = useContext(UnsavedChangesContext);
  const formId = useId();
  // Marked as the change commits, not after the paint: an Escape pressed the moment a wizard
  // reached its last step was still asked «Отменить изменения?» of work already saved.
  useLayoutEffect(() => {
    if (!registry) return;
    registry.mark(formId, dirty);
    return () => registry.mark(formId, false);
  }, [registry, formId, dirty]);
};
