import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';
import '../../../ui/Modal/Modal.css';
import './ContactErase.css';

export type ContactEraseDialogProps = {
  open: boolean;
  name: string;
  onCancel(): void;
  /** Resolves when the erase is done (or failed: the dialog stays for another try). */
  onConfirm(): Promise<void>;
};

const CONSEQUENCES = ['fields', 'activities', 'sync', 'backups'] as const;

/**
 * "Erase the personal data of …?": what goes for good, what stays, what other devices and older
 * backups do. An alert dialog whose default (Cancel) keeps everything: Escape and a press outside
 * cancel too, so only a deliberate "Erase for good" erases.
 */
export const ContactEraseDialog = ({ open, name, onCancel, onConfirm }: ContactEraseDialogProps) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const confirm = () => {
    setBusy(true);
    void onConfirm().finally(() => setBusy(false));
  };

  return (
    <dialog
      ref={ref}
      role="alertdialog"
      className="modal modal-narrow contact-erase-dialog"
      aria-labelledby={titleId}
      aria-describedby={`${titleId}-lead`}
      data-testid="contact-erase-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
      onMouseDown={(event) => {
        if (event.target === event.currentTarget && !busy) onCancel();
      }}
    >
      {open ? (
        <div className="modal-content">
          <header className="modal-header">
            <h2 id={titleId}>{t('contactErase.title', { name })}</h2>
          </header>
          <div className="modal-body">
            <p id={`${titleId}-lead`} className="contact-erase-lead">
              <Icon name="alert" size={18} />
              {t('contactErase.lead')}
            </p>
            <ul className="contact-erase-consequences">
              {CONSEQUENCES.map((key) => (
                <li key={key} className={key === 'backups' ? 'contact-erase-backups' : undefined}>
                  {t(`contactErase.consequences.${key}`)}
                </li>
              ))}
            </ul>
          </div>
          <footer className="modal-footer">
            <button type="button" className="button" data-autofocus="" disabled={busy} onClick={onCancel}>
              {t('contactErase.cancel')}
            </button>
            <button type="button" className="button button-danger" disabled={busy} onClick={confirm}>
              <Icon name="trash" size={18} />
              {t('contactErase.confirm')}
            </button>
          </footer>
        </div>
      ) : null}
    </dialog>
  );
};
