import { type ReactNode, useMemo, useRef, useState } from 'react';
import { DiscardChangesDialog } from './DiscardChangesDialog';
import type { UnsavedChangesRegistry } from './UnsavedChangesContext';

export type DiscardGuard = {
  /** Provide it (UnsavedChangesContext) around the forms whose edits would be lost. */
  registry: UnsavedChangesRegistry;
  /** An accidental close (Escape, a click outside, ×): instant when nothing is unsaved, asks otherwise. */
  requestClose(): void;
  /** The "Discard changes?" prompt; render it inside the dialog or drawer. */
  prompt: ReactNode;
};

/**
 * "Discard changes?" before a dialog or drawer closes over a form with unsaved edits (Pipedrive
 * and HubSpot ask the same). An explicit Cancel button closes without asking.
 */
export const useDiscardGuard = (onClose: () => void): DiscardGuard => {
  // A ref, not state: marking a form dirty must not re-render the dialog around it.
  const dirtyForms = useRef(new Set<string>());
  const [asking, setAsking] = useState(false);
  const registry = useMemo<UnsavedChangesRegistry>(
    () => ({
      mark(formId, dirty) {
        if (dirty) dirtyForms.current.add(formId);
        else dirtyForms.current.delete(formId);
      },
    }),
    [],
  );
  const requestClose = () => {
    if (dirtyForms.current.size > 0) setAsking(true);
    else onClose();
  };
  const prompt = (
    <DiscardChangesDialog
      open={asking}
      onKeep={() => setAsking(false)}
      onDiscard={() => {
        setAsking(false);
        onClose();
      }}
    />
  );
  return { registry, requestClose, prompt };
};
