import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import '../Modal/Modal.css';

export type DiscardChangesDialogProps = {
  open: boolean;
  onKeep(): void;
  onDiscard(): void;
};

/**
 * "Discard changes?" over a dialog or drawer. Its own native <dialog> (not Modal, which uses it):
 * Escape, a click outside and the default button all keep editing, so only a deliberate
 * "Discard" loses the edits.
 */
export const DiscardChangesDialog = ({ open, onKeep, onDiscard }: DiscardChangesDialogProps) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      role="alertdialog"
      className="modal modal-narrow discard-dialog"
      aria-labelledby={titleId}
      aria-describedby={`${titleId}-text`}
      onKeyDown={(event) => {
        // Handled on keydown, so the dialog beneath never sees this Escape (see Modal).
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onKeep();
      }}
      onCancel={(event) => {
        event.preventDefault();
        if (event.target === event.currentTarget) onKeep();
      }}
      onMouseDown={(event) => {
        // React bubbles this to the dialog beneath; the press is this prompt's alone.
        event.stopPropagation();
        if (event.target === event.currentTarget) onKeep();
      }}
    >
      {open ? (
        <div className="modal-content">
          <header className="modal-header">
            <h2 id={titleId}>{t('discard.title')}</h2>
          </header>
          <div className="modal-body">
            <p id={`${titleId}-text`}>{t('discard.text')}</p>
          </div>
          <footer className="modal-footer">
            <button type="button" className="button button-danger" onClick={onDiscard}>
              {t('discard.discard')}
            </button>
            <button type="button" className="button button-primary" data-autofocus="" onClick={onKeep}>
              {t('discard.keep')}
            </button>
          </footer>
        </div>
      ) : null}
    </dialog>
  );
};
