import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './ExportMenu.css';
import { BusyButton } from '../../../ui/BusyButton';

export type ExportFormat = 'xlsx' | 'csv';

/** "Export ▾": Excel or CSV of what the table shows (its filters, sort and visible columns). */
export const ExportMenu = ({ busy, onExport }: { busy: boolean; onExport(format: ExportFormat): void }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  // The menu's items go with it: focus on one of them would fall to the page, so it goes back to
  // the button (a press elsewhere keeps the focus where that press put it).
  const closeToButton = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent) {
        if (event.key === 'Escape') closeToButton();
      } else if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  const pick = (format: ExportFormat) => {
    closeToButton();
    onExport(format);
  };
  return (
    <div className="export-menu" ref={ref}>
      <BusyButton
        ref={trigger}
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        busy={busy}
        onClick={() => setOpen((was) => !was)}
      >
        {busy ? t('exports.working') : t('exports.button')}
      </BusyButton>
      {open ? (
        <div className="export-menu-list" role="menu">
          <button type="button" role="menuitem" onClick={() => pick('xlsx')}>
            {t('exports.xlsx')}
          </button>
          <button type="button" role="menuitem" onClick={() => pick('csv')}>
            {t('exports.csv')}
          </button>
          <p className="export-menu-note muted">{t('exports.note')}</p>
        </div>
      ) : null}
    </div>
  );
};
