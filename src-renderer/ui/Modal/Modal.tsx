import { type ReactNode, useEffect, useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionNotice } from '../../platform/connection/ConnectionBanner';
import { UnsavedChangesContext } from '../discard/UnsavedChangesContext';
import { useDiscardGuard } from '../discard/useDiscardGuard';
import { Icon } from '../Icon';
import { Toasts } from '../toasts/Toasts';
import { useOpenModalsStore } from './openModalsStore';
import './Modal.css';

export type ModalProps = {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  width?: 'narrow' | 'wide' | 'xwide';
};

/**
 * A modal on the native <dialog>: the browser traps focus and restores it to the opener. Content
 * mounts only while open, so a form starts fresh every time. Escape, a press outside and × close
 * it at once, or ask "Discard changes?" first while a form inside has unsaved edits
 * (useUnsavedChanges).
 */
export const Modal = ({ open, title, onClose, children, width = 'narrow' }: ModalProps) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const guard = useDiscardGuard(onClose);
  const onTop = useOpenModalsStore((state) => state.stack.at(-1) === titleId);

  // Known open while it is: the topmost shows the toasts (the page's are under its backdrop).
  useEffect(() => {
    if (!open) return;
    const { opened, closed } = useOpenModalsStore.getState();
    opened(titleId);
    return () => closed(titleId);
  }, [open, titleId]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first control (the close button); a form marks the box to start in.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // A dialog shown only while wanted (`{editing ? <FieldDialog /> : null}`) is removed while open,
  // and a removed dialog gives focus to no one: closed first (before React detaches it), the
  // browser hands focus back to the control that opened it.
  useLayoutEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`modal modal-${width}`}
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        // Escape is taken on keydown, before the browser's own close request: Chromium lets a page
        // refuse only one close request per user activation, and the prompt may need a second.
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        guard.requestClose();
      }}
      onCancel={(event) => {
        event.preventDefault();
        // A nested dialog's cancel reaches here through React's tree; it is that dialog's own.
        if (event.target === event.currentTarget) guard.requestClose();
      }}
      onMouseDown={(event) => {
        // A press on the backdrop (the dialog box itself, outside its content) closes it.
        if (event.target === event.currentTarget) guard.requestClose();
      }}
    >
      {open ? (
        <div className="modal-content">
          <header className="modal-header">
            <h2 id={titleId}>{title}</h2>
            <button
              type="button"
              className="icon-button"
              aria-label={t('common.actions.close')}
              onClick={guard.requestClose}
            >
              <Icon name="close" />
            </button>
          </header>
          {/* The page's banner is under the backdrop: a save that cannot reach the core says why here. */}
          <ConnectionNotice className="modal-connection" />
          {/* So are the toasts: the topmost dialog shows them under its title, covering none of its buttons. */}
          {onTop ? <Toasts /> : null}
          <UnsavedChangesContext.Provider value={guard.registry}>{children}</UnsavedChangesContext.Provider>
        </div>
      ) : null}
      {guard.prompt}
    </dialog>
  );
};
