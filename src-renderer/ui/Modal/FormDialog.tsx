import type { ReactNode } from 'react';
import { Modal } from './Modal';

export type FormDialogProps<R> = {
  open: boolean;
  title: string;
  /** The saved record, or null when the dialog is closed without saving. */
  onClose(saved: R | null): void;
  /** The form; it mounts afresh each time the dialog opens. */
  children: ReactNode;
};

/** A record's create/edit form in a wide modal. */
export const FormDialog = <R,>({ open, title, onClose, children }: FormDialogProps<R>) => (
  <Modal open={open} width="wide" title={title} onClose={() => onClose(null)}>
    {children}
  </Modal>
);
